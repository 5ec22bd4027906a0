import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { MissionCountryCount } from '@/lib/missions/map';
import { countryName } from '@/lib/geo';
import type { Locale } from '@/lib/i18n/config';
import './mission-map.css';
import { DataTable } from '@/components/ui/data-table';

type Props = { slug: string; counts: MissionCountryCount[]; locale: Locale };

const registerHref = (slug: string, country: string) => `/${slug}/missions?country=${country}`;

/**
 * The missions layer of the world map: one marker per country with missions or delegations, sized
 * by their number, each a link to the register filtered on that country. Drawn inside the map's SVG.
 */
export async function MissionMarkers({ slug, counts, locale, centroids }: Props & { centroids: ReadonlyMap<string, [number, number]> }) {
  const t = await getTranslations('missions.worldMap');
  return (
    <g className="mission-markers">
      {counts.map((c) => {
        const at = centroids.get(c.country);
        if (!at) return null;
        const label = t('marker', { country: countryName(c.country, locale), count: c.total });
        return (
          <a key={c.country} href={registerHref(slug, c.country)} aria-label={label} data-country={c.country}>
            <title>{label}</title>
            <circle cx={at[0]} cy={at[1]} r={Math.min(12, 4 + 2 * Math.sqrt(c.total))} className="mission-marker" />
          </a>
        );
      })}
    </g>
  );
}

/** The same layer as a table (the map's text alternative): missions by country, each row to the register. */
export async function MissionCountryTable({ slug, counts, locale }: Props) {
  const t = await getTranslations('missions.worldMap');
  if (counts.length === 0) return <p className="card muted">{t('none')}</p>;
  return (
    <DataTable id="mission-countries" caption={t('tableCaption')} columns={[t('country'), t('abroad'), t('received'), t('upcoming')]}>
      {counts.map((c) => (
        <tr key={c.country}>
          <th scope="row">
            <Link href={registerHref(slug, c.country)}>{countryName(c.country, locale)}</Link>
          </th>
          <td>{c.abroad}</td>
          <td>{c.received}</td>
          <td>{c.upcoming}</td>
        </tr>
      ))}
    </DataTable>
  );
}
