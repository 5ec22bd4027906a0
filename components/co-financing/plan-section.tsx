import { useFormatter, useTranslations } from 'next-intl';
import type { ActionPlan, PlanLineView } from '@/lib/co-financing/queries';
import { centsToInput, inKindCents } from '@/lib/co-financing/money';
import { LDC_LIST_YEAR } from '@/lib/co-financing/ldc';
import { formatMoney } from '@/components/external-actions/money';
import { TableRegion } from '@/components/ui/table-region';
import { formatDay } from '@/lib/format/dates';
import { LineForm } from './line-form';
import { LineControls, RemoveButton } from './line-controls';
import { InstalmentForm } from './instalment-form';
import { HeaderRow } from '@/components/ui/data-table';

/**
 * An action's co-financing plan, one table per year, each followed by the call rules' verdicts
 * with their sources; the forms to add, edit and remove lines and instalments for whoever may
 * edit the action.
 */
export function CoFinancingSection({ plan, workspaceId, actionId }: { plan: ActionPlan; workspaceId: string; actionId: string }) {
  const t = useTranslations('coFinancing');
  const format = useFormatter();
  const money = (cents: number) => formatMoney(format, cents, cents % 100 !== 0);
  const editable = plan.canEdit ? workspaceId : null;
  const funder = (l: PlanLineView) =>
    [t(`funderKinds.${l.funderKind}`), l.funderName, l.callYear ? t('callOf', { year: String(l.callYear) }) : null].filter(Boolean).join(' · ');
  return (
    <section className="card" aria-labelledby="cofi-h" id="co-financing">
      <h2 id="cofi-h">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <p className="cell-small">{plan.withLdc ? t('ldc', { year: String(LDC_LIST_YEAR) }) : t('notLdc', { year: String(LDC_LIST_YEAR) })}</p>
      {plan.years.length === 0 ? <p className="muted">{t('none')}</p> : null}
      {plan.years.map(({ year, lines, totals, checks }) => {
        const broken = checks.filter((c) => c.status === 'broken').length;
        const captionId = `cofi-${year}-caption`;
        return (
          <div key={year} className="stack" data-testid={`co-financing-${year}`}>
            <h3>{t('yearTitle', { year: String(year) })}</h3>
            {broken > 0 ? (
              <p className="warning-text" role="status">
                {t('flaggedYear', { count: broken })}
              </p>
            ) : null}
            <TableRegion labelledBy={captionId}>
              <table>
                <caption id={captionId} className="visually-hidden">
                  {t('yearCaption', { year: String(year) })}
                </caption>
                <thead>
                  <HeaderRow
                    columns={[
                      t('columns.funder'),
                      { label: t('columns.asked'), num: true },
                      { label: t('columns.granted'), num: true },
                      { label: t('columns.paid'), num: true },
                      { label: t('columns.inKind'), num: true },
                      t('columns.instalments'),
                      editable ? t('columns.actions') : null,
                    ]}
                  />
                </thead>
                <tbody>
                  {lines.map((l) => {
                    const name = `${funder(l)} (${year})`;
                    const inKind = inKindCents(l.staffDays, l.staffDailyCostCents);
                    return (
                      <tr key={l.id}>
                        <th scope="row">{funder(l)}</th>
                        <td className="num">{money(l.askedCents)}</td>
                        <td className="num">{l.grantedCents === null ? t('notDecided') : money(l.grantedCents)}</td>
                        <td className="num">{money(l.paidCents)}</td>
                        <td className="num">
                          {inKind ? (
                            <>
                              {money(inKind)}
                              <br />
                              <span className="cell-small">{t('inKindDetail', { days: l.staffDays, cost: money(l.staffDailyCostCents) })}</span>
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td>
                          <ul className="plain-list">
                            {l.instalments.map((i) => {
                              const label = t('instalment', { amount: money(i.amountCents), condition: t(`conditions.${i.condition}`) });
                              return (
                                <li key={i.id} className="cell-small">
                                  {label}
                                  {i.dueOn ? ` · ${t('instalmentDue', { date: formatDay(format, i.dueOn) })}` : ''}
                                  {' · '}
                                  {i.receivedOn ? t('instalmentReceived', { date: formatDay(format, i.receivedOn) }) : t('instalmentWaiting')}
                                  {editable ? <RemoveButton workspaceId={editable} id={i.id} kind="instalment" label={`${label} — ${name}`} /> : null}
                                </li>
                              );
                            })}
                          </ul>
                          {editable ? <InstalmentForm workspaceId={editable} lineId={l.id} name={name} /> : null}
                        </td>
                        {editable ? (
                          <td>
                            <LineControls
                              workspaceId={editable}
                              actionId={actionId}
                              initial={{
                                id: l.id,
                                name,
                                year: String(l.year),
                                funderKind: l.funderKind,
                                funderName: l.funderName ?? '',
                                callYear: l.callYear === null ? '' : String(l.callYear),
                                asked: centsToInput(l.askedCents),
                                granted: l.grantedCents === null ? '' : centsToInput(l.grantedCents),
                                paid: l.paidCents ? centsToInput(l.paidCents) : '',
                                staffDays: l.staffDays ? String(l.staffDays) : '',
                                staffDailyCost: l.staffDailyCostCents ? centsToInput(l.staffDailyCostCents) : '',
                              }}
                            />
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t('total')}
                    </th>
                    <td className="num" colSpan={editable ? 3 : 2}>
                      <strong>{money(totals.totalCents)}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </TableRegion>
            <h4>{t('checksTitle', { year: String(year) })}</h4>
            <ul className="plain-list" aria-label={t('checksTitle', { year: String(year) })}>
              {checks.map((c) => (
                <li key={c.rule.key} data-rule={c.rule.key} data-status={c.status}>
                  <span className="pill" data-status={c.status === 'broken' ? 'late' : c.status === 'met' ? 'done' : 'planned'}>
                    {t(`statuses.${c.status}`)}
                  </span>{' '}
                  {t(`rules.${c.rule.key}`, { percent: c.rule.percent })}
                  {c.actualBasisPoints !== null ? ` — ${t('share', { share: format.number(c.actualBasisPoints / 100, { maximumFractionDigits: 2 }) })}` : ''}
                  <br />
                  <span className="cell-small">
                    {t('source', { text: c.rule.sourceText })}
                    {c.rule.sourceUrl ? (
                      <>
                        {' · '}
                        <a href={c.rule.sourceUrl} rel="noreferrer noopener" target="_blank">
                          {t('sourceLink')}
                        </a>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {editable ? <LineForm workspaceId={editable} actionId={actionId} /> : null}
    </section>
  );
}
