import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { countActorsByCountry, listActors } from '@/lib/actors/queries';
import { ActorFilter } from '@/lib/actors/schemas';
import { countryCentroids, MAP_HEIGHT, MAP_WIDTH, worldMapAsset, worldMapHref } from '@/lib/actors/world-map';
import { can } from '@/lib/auth/policy';
import { countMissionsByCountry } from '@/lib/missions/map';
import { getWorkspace } from '@/lib/workspaces/queries';
import { countryName, isCountryCode } from '@/lib/geo';
import { ActorsHeader } from '@/components/actors/actors-header';
import { MissionCountryTable, MissionMarkers } from '@/components/missions/mission-map-layer';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('actors', 'map.title');

const SHADES = ['#fbe3e1', '#f4b5b0', '#e8827a', '#cf4b42', '#9e2a22'];

function shade(count: number, max: number) {
  if (max <= 1) return SHADES[2]!;
  const i = Math.min(SHADES.length - 1, Math.floor((Math.log(count) / Math.log(max)) * (SHADES.length - 1)));
  return SHADES[Math.max(0, i)]!;
}

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<{ country?: string }> };

/** World map of the territory's foreign links, drawn on the server as plain, keyboard-usable SVG. */
export default async function MapPage({ params, searchParams }: Props) {
  const { slug, ctx, t, locale } = await loadWorkspacePage(params, 'actors.read', 'actors');
  const home = getWorkspace(db, ctx).country;
  const counts = countActorsByCountry(db, ctx, home);
  const href = worldMapHref();
  const { codes } = worldMapAsset();
  const max = counts[0]?.total ?? 0;
  const requested = (await searchParams).country?.toUpperCase();
  const chosen = requested && isCountryCode(requested) ? requested : null;
  const list = chosen ? listActors(db, ctx, ActorFilter.parse({ country: chosen, size: 200 })).rows : [];
  const base = `/${slug}/actors`;
  // The missions layer: circles on the countries visited or that sent a delegation (issue 19).
  const missionCounts = can(ctx.role, 'missions.read') ? countMissionsByCountry(db, ctx) : [];
  return (
    <>
      <ActorsHeader ctx={ctx} current="map" title={t('map.title')} intro={t('map.intro')} />
      {counts.length === 0 ? <p className="card muted">{t('map.noLinks')}</p> : null}
      <figure className="world-map card">
        {/* The outlines come from one static file the browser keeps (app/api/maps/world/route.ts):
            the page carries a link and a reference per country with actors, not the world's paths. */}
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={t('map.title')}>
          <use href={`${href}#world`} className="country" aria-hidden="true" />
          {counts
            .filter((c) => codes.has(c.country))
            .map((c) => {
              const label = t('map.country', { country: countryName(c.country, locale), count: c.total });
              return (
                <a key={c.country} href={`${base}/map?country=${c.country}`} aria-label={label} aria-current={chosen === c.country ? 'true' : undefined}>
                  <title>{label}</title>
                  <use
                    href={`${href}#${c.country}`}
                    className={`country linked${chosen === c.country ? ' chosen' : ''}`}
                    style={{ fill: shade(c.total, max) }}
                  />
                </a>
              );
            })}
          <MissionMarkers slug={slug} counts={missionCounts} locale={locale} centroids={countryCentroids()} />
        </svg>
        <figcaption className="map-legend">
          <span>{t('map.legend')}</span>
          {SHADES.map((colour) => (
            <span key={colour} className="legend-swatch" style={{ background: colour }} aria-hidden="true" />
          ))}
          <span>1 → {max}</span>
          {missionCounts.length ? (
            <span className="mission-legend">
              <span className="legend-marker" aria-hidden="true" /> {(await getTranslations('missions.worldMap'))('legend')}
            </span>
          ) : null}
        </figcaption>
      </figure>
      <div className="map-columns">
        <DataTable id="countries" caption={t('map.tableCaption')} columns={[t('fields.country'), t('map.actors'), t('map.partners')]}>
          {counts.map((c) => (
            <tr key={c.country}>
              <th scope="row">
                <Link href={`${base}/map?country=${c.country}`} aria-current={chosen === c.country ? 'true' : undefined}>
                  {countryName(c.country, locale)}
                </Link>
              </th>
              <td>{c.total}</td>
              <td>{c.partners}</td>
            </tr>
          ))}
        </DataTable>
        <section className="card" aria-labelledby="country-list-h" aria-live="polite">
          {chosen ? (
            <>
              <h2 id="country-list-h">{t('map.listTitle', { country: countryName(chosen, locale) })}</h2>
              <ul className="plain-list">
                {list.map((a) => (
                  <li key={a.id} className="row">
                    <Link href={`${base}/${a.id}`}>{a.name}</Link>
                    <span className="muted">{t(`categories.${a.category}`)}</span>
                  </li>
                ))}
              </ul>
              {list.length === 0 ? <p className="muted">{t('empty')}</p> : null}
            </>
          ) : (
            <p id="country-list-h" className="muted">
              {t('map.choose')}
            </p>
          )}
        </section>
      </div>
      {can(ctx.role, 'missions.read') ? (
        <section aria-labelledby="mission-countries-h">
          <h2 id="mission-countries-h">{(await getTranslations('missions.worldMap'))('title')}</h2>
          <MissionCountryTable slug={slug} counts={missionCounts} locale={locale} />
        </section>
      ) : null}
    </>
  );
}
