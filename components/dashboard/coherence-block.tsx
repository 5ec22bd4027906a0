import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardAggregates } from '@/lib/dashboard/types';
import { Sparkline } from '@/components/strategy/sparkline';
import { EmptyState, day } from './block';

/**
 * The coherence figure (or why there is none yet), its trend, the checks that fail and the three
 * points to fix first, each a link where the reader may fix it.
 */
export async function CoherenceContent({ data, base }: { data: DashboardAggregates['coherence']; base: string }) {
  const fixHref = (href: string) => `${base}${href}`;
  const t = await getTranslations('dashboard');
  const tc = await getTranslations('strategy.checks');
  const format = await getFormatter();
  if (data.score === null) {
    return (
      <>
        <p className="dash-figure">
          <strong className="dash-status">{t('coherence.noScore')}</strong>
        </p>
        <EmptyState text={t('coherence.noScoreHint')} next={t('empty.coherence')} href={`${base}/strategy`} linkLabel={t('empty.strategyLink')} />
      </>
    );
  }
  const first = data.trend[0];
  const fixes = data.fixFirst ?? [];
  return (
    <>
      <p className="dash-figure">
        <strong>{format.number(data.score / 100, { style: 'percent', maximumFractionDigits: 0 })}</strong>
      </p>
      <p>
        {data.points
          ? t('coherence.summary', {
              passed: data.passed,
              total: data.total,
              na: data.notApplicable ?? 0,
              toFix: data.points.toFix,
              checked: data.points.checked,
            })
          : t('coherence.passed', { passed: data.passed, total: data.total })}
      </p>
      {first && data.trend.length > 1 ? (
        <p>
          <Sparkline
            points={data.trend.map((p) => ({ x: p.day, y: p.score }))}
            min={0}
            max={100}
            label={t('coherence.trend', { from: first.score, to: data.trend[data.trend.length - 1]!.score, since: day(format, first.day) })}
          />{' '}
          <span className="muted">
            {t('coherence.trend', { from: first.score, to: data.trend[data.trend.length - 1]!.score, since: day(format, first.day) })}
          </span>
        </p>
      ) : (
        <p className="muted">{t('coherence.noTrend')}</p>
      )}
      {fixes.length ? (
        <>
          <h3 className="dash-subhead" id="fix-first-h">
            {t('coherence.fixFirst', { count: fixes.length })}
          </h3>
          <ol className="dash-list" aria-labelledby="fix-first-h">
            {fixes.map((f) => (
              <li key={`${f.key}-${f.href}-${f.label}`}>
                <span className="muted">{t('coherence.fixCheck', { check: tc(`${f.key}.title`) })}</span> <Link href={fixHref(f.href)}>{f.label}</Link>
              </li>
            ))}
          </ol>
        </>
      ) : data.failing.length ? (
        <ul className="dash-list">
          {data.failing.map((c) => (
            <li key={c.key}>
              {tc(`${c.key}.title`)} <span className="muted">({c.count})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Indicators whose update is late, oldest first. */
export async function OverdueContent({ data, base }: { data: DashboardAggregates['overdue']; base: string }) {
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  if (data.total === 0)
    return <EmptyState text={t('overdue.noIndicators')} next={t('empty.indicators')} href={`${base}/strategy`} linkLabel={t('empty.strategyLink')} />;
  return (
    <>
      <p className="dash-figure">
        <strong>{data.items.length}</strong>
        <span className="dash-unit">/{data.total}</span>
      </p>
      <p>{data.items.length ? t('overdue.summary', { count: data.items.length, total: data.total }) : t('overdue.none', { total: data.total })}</p>
      {data.items.length ? (
        <ul className="dash-list">
          {data.items.slice(0, 6).map((i) => (
            <li key={i.id}>
              <Link href={`${base}/strategy/indicators/${i.id}`}>{i.name}</Link>{' '}
              <span className="muted">— {t('overdue.dueSince', { date: day(format, i.dueOn) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
