import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/geo';
import { MAP_HEIGHT, MAP_WIDTH, worldMapAsset, worldMapHref } from '@/lib/actors/world-map';
import type { DashboardAggregates } from '@/lib/dashboard/types';
import { EmptyState } from './block';
import { DashTable } from './dash-table';

const SHADES = ['#fbe3e1', '#f4b5b0', '#e8827a', '#cf4b42', '#9e2a22'];

function shade(count: number, max: number) {
  if (max <= 1) return SHADES[2]!;
  const i = Math.min(SHADES.length - 1, Math.floor((Math.log(count) / Math.log(max)) * (SHADES.length - 1)));
  return SHADES[Math.max(0, i)]!;
}

/** The world map of foreign links (an image named by its summary) and the leading countries. */
export async function MapContent({ data, locale, base, limit = 8 }: { data: DashboardAggregates['map']; locale: Locale; base: string; limit?: number }) {
  const t = await getTranslations('dashboard');
  const max = data.countries[0]?.total ?? 0;
  const href = worldMapHref();
  const { codes } = worldMapAsset();
  const linked = data.countries.filter((c) => codes.has(c.country));
  const top = data.countries.slice(0, limit);
  const summary = t('map.summary', { actors: data.totals.actors, partners: data.totals.partners, countries: data.totals.countries });
  if (data.totals.actors === 0) return <EmptyState text={t('empty.mapNoActor')} next={t('empty.map')} href={`${base}/actors`} linkLabel={t('empty.mapLink')} />;
  // No map of an empty world: the sentence says there is no link abroad yet, and where to add them.
  if (top.length === 0)
    return <EmptyState text={`${summary} ${t('map.none')}`} next={t('empty.mapAbroad')} href={`${base}/actors`} linkLabel={t('empty.mapLink')} />;
  return (
    <>
      <p>{summary}</p>
      {/* The outlines come from one static file that the browser keeps (app/api/maps/world/route.ts);
          the page carries only a reference per country that has links: the whole world's paths
          were half of the page, sent twice (in the HTML and in React's flight data). */}
      <svg className="dash-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={t('map.imageLabel', { countries: data.totals.countries })}>
        <use href={`${href}#world`} className="country" />
        {linked.map((c) => (
          <use key={c.country} href={`${href}#${c.country}`} className="country linked" style={{ fill: shade(c.total, max) }} />
        ))}
      </svg>
      <DashTable
        caption={t('map.caption', { count: top.length })}
        showCaption
        columns={[t('map.country'), { label: t('map.actors'), num: true }, { label: t('map.partners'), num: true }]}
      >
        {top.map((c) => (
          <tr key={c.country}>
            <th scope="row">{countryName(c.country, locale)}</th>
            <td className="num">{c.total}</td>
            <td className="num">{c.partners}</td>
          </tr>
        ))}
      </DashTable>
    </>
  );
}
