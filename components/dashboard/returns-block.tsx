import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardAggregates } from '@/lib/dashboard/types';
import { EmptyState, Meter, percent } from './block';
import { DashTable } from './dash-table';

/** The returns gap: share of expected returns ever observed, overall and per scope. */
export async function ReturnsContent({ data, base }: { data: DashboardAggregates['returns']; base: string }) {
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('externalActions.returnScopes');
  const format = await getFormatter();
  const empty = (text: string) => <EmptyState text={text} next={t('empty.returns')} href={`${base}/actions/returns`} linkLabel={t('empty.returnsLink')} />;
  if (data.overall.expected === 0 && data.overall.observed === 0) return empty(t('returns.none'));
  // Without an expected return there is no share to draw: a table of zeros would say nothing.
  if (data.overall.expected === 0) return empty(t('returns.unexpectedOnly', { unexpected: data.overall.unexpected }));
  const rows = [
    { key: 'territory', label: ts('territory'), v: data.territory },
    { key: 'administration', label: ts('administration'), v: data.administration },
  ];
  return (
    <>
      <p className="dash-figure">
        <strong>{percent(format, data.overall.share)}</strong>
      </p>
      <p>
        {data.overall.expected === 0
          ? t('returns.unexpectedOnly', { unexpected: data.overall.unexpected })
          : t('returns.summary', { met: data.overall.met, expected: data.overall.expected, unexpected: data.overall.unexpected })}
      </p>
      <DashTable
        caption={t('returns.caption')}
        columns={[
          t('returns.scope'),
          { label: t('returns.expected'), num: true },
          { label: t('returns.met'), num: true },
          { label: t('returns.share'), num: true },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.v.expected}</td>
            <td className="num">{r.v.met}</td>
            <td className="num">
              <span className="dash-bar-cell">
                <Meter share={r.v.share ?? 0} />
                {percent(format, r.v.share)}
              </span>
            </td>
          </tr>
        ))}
      </DashTable>
      <p className="muted">
        {t('returns.actions', { withExpected: data.actions.withExpected, withObserved: data.actions.withObserved, total: data.actions.total })}
      </p>
    </>
  );
}
