import { getTranslations } from 'next-intl/server';
import type { DashboardAggregates } from '@/lib/dashboard/types';
import { TableRegion } from '@/components/ui/table-region';
import { StatusBadge } from '@/components/strategy/status-badge';

const STATUSES = ['on_track', 'at_risk', 'off_track', 'none'] as const;

/** Indicators of each axis by the status of their latest value (issue 21): a word per column, never a colour alone. */
export async function IndicatorStatusContent({ data }: { data: DashboardAggregates['overdue'] }) {
  const t = await getTranslations('rounds');
  const rows = data.statusByAxis ?? [];
  if (!rows.length) return <p>{t('dashboard.empty')}</p>;
  return (
    <TableRegion labelledBy="indicator-status-caption">
      <table data-testid="indicator-status-table">
        <caption id="indicator-status-caption">{t('dashboard.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.axis')}</th>
            {STATUSES.map((s) => (
              <th key={s} scope="col" className="num">
                <StatusBadge status={s === 'none' ? null : s} label={t(`status.${s}`)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, n) => (
            <tr key={n}>
              <th scope="row">{r.axisTitle ?? t('dashboard.noAxis')}</th>
              {STATUSES.map((s) => (
                <td key={s} className="num" data-status={s}>
                  {r[s]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
