import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { IndicatorView } from '@/lib/strategy/queries';
import { IndicatorSparkline } from './sparkline';
import { formatDay } from '@/lib/format/dates';
import { StatusBadge } from './status-badge';
import { DataTable } from '@/components/ui/data-table';

/** Indicators with owner, latest value against target, progress as a small chart, and the next update (flagged when late). */
export async function IndicatorTable({
  slug,
  indicators,
  caption,
  showTarget = false,
}: {
  slug: string;
  indicators: IndicatorView[];
  caption: string;
  showTarget?: boolean;
}) {
  const t = await getTranslations('strategy');
  const tr = await getTranslations('rounds');
  const format = await getFormatter();
  const day = (iso: string) => formatDay(format, iso);
  const num = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  return (
    <DataTable
      label={caption}
      caption={caption}
      columns={[
        t('fields.indicatorName'),
        showTarget ? t('indicators.on') : null,
        t('fields.owner'),
        { label: t('fields.baseline'), num: true },
        { label: t('indicators.latest'), num: true },
        { label: t('fields.target'), num: true },
        t('indicators.progress'),
        tr('term.status'),
        t('indicators.nextUpdate'),
      ]}
    >
      {indicators.map((i) => (
        <tr key={i.id}>
          <th scope="row">
            <Link href={`/${slug}/strategy/indicators/${i.id}`}>{i.name}</Link>
          </th>
          {showTarget ? <td>{i.axisTitle ?? i.actionTitle}</td> : null}
          <td>{i.ownerName ?? t('indicators.noOwner')}</td>
          <td className="num">
            {num(i.baseline)} {i.unit}
          </td>
          <td className="num">{i.progress.latest ? `${num(i.progress.latest.value)} ${i.unit}` : '—'}</td>
          <td className="num">
            {num(i.target)} {i.unit}
            <br />
            <span className="muted">{day(i.targetDate)}</span>
          </td>
          <td>
            <IndicatorSparkline indicator={i} label={t('indicators.chartLabel', { name: i.name, count: i.values.length })} width={110} height={32} />{' '}
            {i.progress.progress === null ? '—' : format.number(i.progress.progress, { style: 'percent', maximumFractionDigits: 0 })}
          </td>
          <td>
            <StatusBadge status={i.term.status} label={tr(`status.${i.term.status ?? 'none'}`)} />
          </td>
          <td>
            {i.progress.overdue ? (
              <span className="overdue">{t('indicators.overdueSince', { date: day(i.progress.dueOn) })}</span>
            ) : (
              <span className="on-time">{day(i.progress.dueOn)}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
