import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { TERRITORY_TOP as TOP, type TerritorySummaryData } from '@/lib/actors/territory-summary';
import { countryName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { HeaderRow } from '@/components/ui/data-table';

/**
 * "Territory and the world": what the actors map says about the territory's links, beside the
 * self-assessment — counts by family, category, country and kind of link, and the potential
 * reported by territorial actors (in their census answers or records).
 */
export async function TerritorySummary({ data, slug, headingLevel = 2 }: { data: TerritorySummaryData | null; slug: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('diagnostic.territory');
  const ta = await getTranslations('actors');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  if (!data) return null;
  const { summary, potential } = data;
  const total = summary.byFamily.reduce((n, f) => n + f.n, 0);
  const countTable = (caption: string, rows: { key: string; label: string; n: number }[]) => (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <HeaderRow columns={[caption, { label: t('count'), num: true }]} />
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{format.number(r.n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="territory-heading" className="card">
      <H id="territory-heading">{t('title')}</H>
      {total === 0 ? (
        <p>
          {t('empty')}{' '}
          <Link href={`/${slug}/actors`} className="no-print">
            {t('openMap')}
          </Link>
        </p>
      ) : (
        <>
          <p>{t('intro', { count: total })}</p>
          <div className="summary-grid">
            <div>
              <Sub>{t('byFamily')}</Sub>
              {countTable(
                t('family'),
                summary.byFamily.map((r) => ({ key: r.key, label: ta(`families.${r.key}`), n: r.n })),
              )}
            </div>
            <div>
              <Sub>{t('byCategory')}</Sub>
              {countTable(
                t('category'),
                summary.byCategory.slice(0, TOP).map((r) => ({ key: r.key, label: ta.has(`categories.${r.key}`) ? ta(`categories.${r.key}`) : r.key, n: r.n })),
              )}
            </div>
            <div>
              <Sub>{t('byCountry')}</Sub>
              {countTable(
                t('country'),
                summary.byCountry.slice(0, TOP).map((r) => ({ key: r.key, label: countryName(r.key, locale), n: r.n })),
              )}
            </div>
            <div>
              <Sub>{t('byLink')}</Sub>
              {summary.byRelationType.length === 0 ? (
                <p className="muted">{t('noLinks')}</p>
              ) : (
                countTable(
                  t('linkType'),
                  summary.byRelationType.map((r) => ({ key: r.key, label: ta.has(`relationTypes.${r.key}`) ? ta(`relationTypes.${r.key}`) : r.key, n: r.n })),
                )
              )}
            </div>
          </div>
          <Sub>{t('potential')}</Sub>
          {potential.length === 0 ? (
            <p className="muted">{t('noPotential')}</p>
          ) : (
            <ul>
              {potential.map((a) => (
                <li key={a.id}>
                  <strong>{a.name}</strong>
                  {a.country ? <span className="muted"> ({countryName(a.country, locale)})</span> : null} — {a.links}
                </li>
              ))}
            </ul>
          )}
          <p className="no-print">
            <Link href={`/${slug}/actors`}>{t('openMap')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
