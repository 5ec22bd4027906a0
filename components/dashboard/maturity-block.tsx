import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import type { DashboardAggregates } from '@/lib/dashboard/types';
import { EmptyState, Meter, day, signed } from './block';
import { DashTable } from './dash-table';

/** Maturity profile: overall score and its change, and each dimension's score with the one before. */
export async function MaturityContent({ data, locale, base }: { data: DashboardAggregates['maturity']; locale: Locale; base: string }) {
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  if (!data) return <EmptyState text={t('maturity.none')} next={t('empty.maturity')} href={`${base}/diagnostic`} linkLabel={t('empty.maturityLink')} />;
  const delta = data.previous && data.latest.overall !== null && data.previous.overall !== null ? data.latest.overall - data.previous.overall : null;
  return (
    <>
      <p className="dash-figure">
        <strong>{data.latest.overall ?? '—'}</strong>
        <span className="dash-unit">/100</span>
        {delta !== null ? <span className={`dash-delta ${delta >= 0 ? 'up' : 'down'}`}>{signed(delta)}</span> : null}
      </p>
      <p className="muted">
        {data.previous
          ? t('maturity.compared', {
              title: data.latest.title,
              date: day(format, data.latest.heldOn),
              previous: data.previous.title,
              before: data.previous.overall ?? '—',
            })
          : t('maturity.single', { title: data.latest.title, date: day(format, data.latest.heldOn) })}
      </p>
      <DashTable
        caption={t('maturity.caption')}
        columns={[t('maturity.dimension'), { label: t('maturity.score'), num: true }, data.previous ? { label: t('maturity.change'), num: true } : null]}
      >
        {data.dimensions.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.title[locale]}</th>
            <td className="num">
              <span className="dash-bar-cell">
                <Meter share={(d.score ?? 0) / 100} />
                {d.score ?? '—'}
              </span>
            </td>
            {data.previous ? <td className="num">{d.score !== null && d.before !== null ? signed(d.score - d.before) : '—'}</td> : null}
          </tr>
        ))}
      </DashTable>
    </>
  );
}
