import { getFormatter, getTranslations } from 'next-intl/server';
import { OUTSIDE_AXIS, UNPLACED, type DashboardAggregates } from '@/lib/dashboard/types';
import { SOURCE_COLOURS } from '@/components/external-actions/chart-colours';
import { formatMoney } from '@/components/external-actions/money';
import { EmptyState, Meter } from './block';
import { DashTable } from './dash-table';

async function axisLabel(key: string, title: string | null) {
  const t = await getTranslations('dashboard');
  if (key === OUTSIDE_AXIS) return t('axes.outside');
  if (key === UNPLACED) return t('axes.unplaced');
  return title ?? key;
}

/** Actions by axis (rows) and status (columns), with each row's total. */
export async function ActionsByAxisContent({ data, base }: { data: DashboardAggregates['actionsByAxis']; base: string }) {
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('externalActions.statuses');
  if (data.total === 0) return <EmptyState text={t('actions.none')} next={t('empty.actions')} href={`${base}/actions`} linkLabel={t('empty.actionsLink')} />;
  const labels = await Promise.all(data.rows.map((r) => axisLabel(r.key, r.title)));
  const max = Math.max(1, ...data.rows.map((r) => r.total));
  return (
    <>
      <p>
        {t('actions.placedSummary', {
          total: data.total,
          placed: data.rows.filter((r) => r.key !== OUTSIDE_AXIS && r.key !== UNPLACED).reduce((n, r) => n + r.total, 0),
          axes: data.rows.filter((r) => r.key !== OUTSIDE_AXIS && r.key !== UNPLACED && r.total > 0).length,
        })}
      </p>
      <DashTable
        caption={t('actions.caption')}
        columns={[t('actions.axis'), ...data.statuses.map((s) => ({ label: ts(s), num: true })), { label: t('total'), num: true }]}
      >
        {data.rows.map((r, i) => (
          <tr key={r.key}>
            <th scope="row">{labels[i]}</th>
            {data.statuses.map((s) => (
              <td key={s} className="num">
                {r.byStatus[s] ?? 0}
              </td>
            ))}
            <td className="num">
              <span className="dash-bar-cell">
                <Meter share={r.total / max} />
                <strong>{r.total}</strong>
              </span>
            </td>
          </tr>
        ))}
      </DashTable>
    </>
  );
}

/** The actions' budget by axis (rows) and funding source (columns), as a table and stacked bars. */
export async function BudgetContent({ data, base }: { data: DashboardAggregates['budget']; base: string }) {
  const t = await getTranslations('dashboard');
  const tf = await getTranslations('externalActions.fundingSources');
  const format = await getFormatter();
  if (data.total === 0)
    return <EmptyState text={t('budget.none')} next={t('empty.budget')} href={`${base}/actions/budget`} linkLabel={t('empty.budgetLink')} />;
  const labels = await Promise.all(data.rows.map((r) => axisLabel(r.key, r.title)));
  const max = Math.max(1, ...data.rows.map((r) => r.total));
  const period = data.years.length ? (data.years.length === 1 ? String(data.years[0]) : `${data.years[0]}–${data.years[data.years.length - 1]}`) : '';
  return (
    <>
      <p>{t('budget.summary', { total: formatMoney(format, data.total), period })}</p>
      <ul className="dash-legend" aria-hidden="true">
        {data.sources.map((s) => (
          <li key={s}>
            <span className="legend-swatch" style={{ background: SOURCE_COLOURS[s] ?? '#555a60' }} />
            {tf(s)}
          </li>
        ))}
      </ul>
      <DashTable
        caption={t('budget.caption')}
        columns={[t('actions.axis'), ...data.sources.map((s) => ({ label: tf(s), num: true })), { label: t('total'), num: true }]}
        foot={
          <>
            <tr>
              <th scope="row">{t('total')}</th>
              {data.sources.map((s) => (
                <td key={s} className="num">
                  {formatMoney(format, data.totalsBySource[s] ?? 0)}
                </td>
              ))}
              <td className="num">
                <strong>{formatMoney(format, data.total)}</strong>
              </td>
            </tr>
          </>
        }
      >
        {data.rows.map((r, i) => (
          <tr key={r.key}>
            <th scope="row">
              {labels[i]}
              <span className="dash-stack" aria-hidden="true">
                {data.sources.map((s) =>
                  r.bySource[s] ? <span key={s} style={{ width: `${(r.bySource[s]! / max) * 100}%`, background: SOURCE_COLOURS[s] ?? '#555a60' }} /> : null,
                )}
              </span>
            </th>
            {data.sources.map((s) => (
              <td key={s} className="num">
                {r.bySource[s] ? formatMoney(format, r.bySource[s]!) : '—'}
              </td>
            ))}
            <td className="num">
              <strong>{formatMoney(format, r.total)}</strong>
            </td>
          </tr>
        ))}
      </DashTable>
    </>
  );
}
