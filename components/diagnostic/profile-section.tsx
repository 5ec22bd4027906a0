import { getLocale, getTranslations } from 'next-intl/server';
import type { DiagnosticView } from '@/lib/diagnostic/queries';
import { toLocale } from '@/lib/i18n/config';
import { Delta } from './diagnostic-header';
import { ProfileChart } from './profile-chart';
import { TableRegion } from '@/components/ui/table-region';

type Comparison = {
  label: string;
  rows: { dimension: string; before: number | null; after: number | null; delta: number | null }[];
  overall: { before: number | null; after: number | null; delta: number | null };
};

/** The profile: radar (with an earlier diagnostic when compared) and the table of the same figures. */
export async function ProfileSection({ view, comparison, headingLevel = 2 }: { view: DiagnosticView; comparison?: Comparison | null; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('diagnostic');
  const locale = toLocale(await getLocale());
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const dimensions = view.questionnaire.dimensions.filter((d) => view.visibleDimensions.includes(d.key));
  const points = dimensions.map((d) => ({
    label: d.short[locale],
    current: view.score.dimensions.find((s) => s.dimension === d.key)?.score ?? null,
    earlier: comparison?.rows.find((r) => r.dimension === d.key)?.before ?? null,
  }));
  const tableId = `profile-table-${view.diagnostic.id}`;
  const delta = (value: number | null) => (
    <Delta value={value} up={t('deltaUp', { n: Math.abs(value ?? 0) })} down={t('deltaDown', { n: Math.abs(value ?? 0) })} same={t('deltaSame')} />
  );
  return (
    <section aria-labelledby="profile-heading" className="card">
      <H id="profile-heading">{t('profileTitle')}</H>
      <p>
        {t('overall')} <span className="score-big">{view.score.overall ?? '—'}</span>
        <span className="muted"> / 100</span>
        {comparison ? (
          <>
            {' '}
            {delta(comparison.overall.delta)} <span className="muted">{t('comparedWith', { title: comparison.label })}</span>
          </>
        ) : null}
      </p>
      <div className="profile">
        <ProfileChart points={points} currentLabel={view.diagnostic.title} earlierLabel={comparison?.label} tableId={tableId} />
        {/* Focusable so that a keyboard user can scroll the table when it is wider than its column. */}
        <TableRegion labelledBy={`${tableId}-caption`}>
          <table id={tableId}>
            <caption id={`${tableId}-caption`}>{t('profileCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.dimension')}</th>
                <th scope="col" className="num">
                  {t('fields.score')}
                </th>
                {comparison ? (
                  <>
                    <th scope="col" className="num">
                      {comparison.label}
                    </th>
                    <th scope="col" className="num">
                      {t('fields.change')}
                    </th>
                  </>
                ) : null}
                <th scope="col" className="num">
                  {t('fields.answered')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dimensions.map((d) => {
                const s = view.score.dimensions.find((x) => x.dimension === d.key)!;
                const c = comparison?.rows.find((r) => r.dimension === d.key);
                return (
                  <tr key={d.key}>
                    <th scope="row">{d.title[locale]}</th>
                    <td className="num score">{s.score ?? '—'}</td>
                    {comparison ? (
                      <>
                        <td className="num">{c?.before ?? '—'}</td>
                        <td className="num">{delta(c?.delta ?? null)}</td>
                      </>
                    ) : null}
                    <td className="num">
                      {s.answered}/{s.total}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      </div>
      <p className="hint">{t('scoringNote')}</p>
    </section>
  );
}
