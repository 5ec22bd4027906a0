import { db } from '@/db/client';
import type { ReturnScope } from '@/db/schema/external-actions';
import { getReturnsGap } from '@/lib/external-actions/queries';
import type { GapTotals } from '@/lib/external-actions/gap';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { ReturnsChart } from '@/components/external-actions/returns-chart';
import { TableRegion } from '@/components/ui/table-region';
import { HeaderRow } from '@/components/ui/data-table';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('externalActions', 'returns.title');

const SCOPES: ReturnScope[] = ['territory', 'administration'];

/**
 * What was expected against what was observed, per category of return: a chart and the table of
 * the same figures, with the share of expected returns ever observed.
 */
export default async function ReturnsGapPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { ctx, t, format } = await loadWorkspacePage(params, 'externalActions.read', 'externalActions');
  const gap = getReturnsGap(db, ctx);
  const percent = (share: number | null) => (share === null ? t('returns.noShare') : format.number(share, { style: 'percent', maximumFractionDigits: 0 }));
  const tableId = 'returns-gap-table';
  const figures = (label: React.ReactNode, totals: GapTotals) => (
    <>
      {label}
      <td className="num">{totals.expected}</td>
      <td className="num">{totals.met}</td>
      <td className="num">{percent(totals.share)}</td>
      <td className="num">{totals.observed}</td>
      <td className="num">{totals.unexpected}</td>
    </>
  );
  // A key figure read as "part / whole", with the sentence that says what it counts.
  const ratio = (part: number, whole: number, label: string) => (
    <div className="key-figure">
      <strong>
        {part} / {whole}
      </strong>
      <span>{label}</span>
    </div>
  );
  return (
    <>
      <ActionsHeader ctx={ctx} current="returns" title={t('returns.title')} intro={t('returns.intro')} />
      <div className="key-figures">
        <div className="key-figure">
          {gap.overall.expected ? (
            <>
              <strong>{percent(gap.overall.share)}</strong>
              <span>{t('returns.shareObserved')}</span>
            </>
          ) : (
            <span>{t('returns.shareObservedNone')}</span>
          )}
        </div>
        {ratio(gap.actions.withExpected, gap.actions.total, t('returns.actionsWithExpected', { with: gap.actions.withExpected, total: gap.actions.total }))}
        {ratio(
          gap.overall.unexpected,
          gap.overall.observed,
          t('returns.unexpectedShare', { unexpected: gap.overall.unexpected, observed: gap.overall.observed }),
        )}
      </div>
      <section className="card" aria-labelledby="gap-h">
        <h2 id="gap-h">{t('returns.chartCaption')}</h2>
        <div className="stack">
          <ReturnsChart
            data={gap.rows.map((r) => ({ label: t(`returnCategories.${r.category}`), expected: r.expected, observed: r.observed }))}
            caption={t('returns.chartCaption')}
            expectedLabel={t('returns.expectedSeries')}
            observedLabel={t('returns.observedSeries')}
            tableId={tableId}
            tableLink={t('returns.chartTableLink')}
          />
          <TableRegion labelledBy={`${tableId}-caption`}>
            <table id={tableId}>
              <caption id={`${tableId}-caption`}>{t('returns.caption')}</caption>
              <thead>
                <HeaderRow
                  columns={[
                    t('returns.category'),
                    ...(['expected', 'met', 'share', 'observed', 'unexpected'] as const).map((key) => ({ label: t(`returns.${key}`), num: true })),
                  ]}
                />
              </thead>
              {SCOPES.map((scope) => (
                <tbody key={scope}>
                  {gap.rows
                    .filter((r) => r.scope === scope)
                    .map((r) => (
                      <tr key={r.category}>{figures(<th scope="row">{t(`returnCategories.${r.category}`)}</th>, r)}</tr>
                    ))}
                  <tr className="subtotal">{figures(<th scope="row">{t('returns.subtotal', { scope })}</th>, gap.byScope[scope])}</tr>
                </tbody>
              ))}
              <tfoot>
                <tr className="subtotal">{figures(<th scope="row">{t('returns.total')}</th>, gap.overall)}</tr>
              </tfoot>
            </table>
          </TableRegion>
        </div>
        <p className="hint">{t('returns.readingNote')}</p>
      </section>
    </>
  );
}
