import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { getCoherence, getStrategy, listAxes, listCoherenceTrend, listIndicators, MAX_AXES, recordCoherenceSnapshot } from '@/lib/strategy/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { IndicatorSparkline, Sparkline } from '@/components/strategy/sparkline';
import { AxisForm } from '@/components/strategy/axis-form';
import { formatDay } from '@/lib/format/dates';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('strategy', 'title');

/**
 * The one screen that says whether the international work is a thread or a juxtaposition: the
 * coherence figure and its trend, each check with what to fix and where, the reminder of the
 * caller's late indicators, then the thread itself and its axes.
 */
export default async function StrategyPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'strategy.read', 'strategy');
  const manager = can(ctx.role, 'strategy.manage');
  const coherence = getCoherence(db, ctx, { locale });
  recordCoherenceSnapshot(db, ctx, coherence.snapshot);
  const trend = listCoherenceTrend(db, ctx);
  const strategy = getStrategy(db, ctx);
  const axes = listAxes(db, ctx);
  const indicators = listIndicators(db, ctx);
  const mine = indicators.filter((i) => i.ownerId === ctx.userId && i.progress.overdue);
  const day = (iso: string) => formatDay(format, iso);
  const first = coherence.figure.score === null ? undefined : trend[0];
  const score = coherence.figure.score;
  return (
    <>
      <StrategyHeader ctx={ctx} current="overview" title={t('title')} intro={t('intro')}>
        {manager ? (
          <Link href={`/${slug}/strategy/edit`} className="button primary">
            {strategy ? t('editThread') : t('writeThread')}
          </Link>
        ) : null}
      </StrategyHeader>

      {mine.length ? (
        <section className="notice" aria-labelledby="mine-h">
          <h2 id="mine-h">{t('mine.title', { count: mine.length })}</h2>
          <ul>
            {mine.map((i) => (
              <li key={i.id}>
                <Link href={`/${slug}/strategy/indicators/${i.id}`}>{i.name}</Link> — {t('mine.dueSince', { date: day(i.progress.dueOn) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="coherence-h">
        <h2 id="coherence-h">{t('coherence.title')}</h2>
        <div className="coherence-head">
          <p className="coherence-figure" aria-describedby="coherence-explain" data-empty={score === null}>
            {score === null ? t('coherence.noScore') : format.number(score / 100, { style: 'percent', maximumFractionDigits: 0 })}
          </p>
          <div>
            <p id="coherence-explain">
              {score === null
                ? t('coherence.noScoreHint')
                : t('coherence.summary', {
                    passed: coherence.figure.passed,
                    failed: coherence.figure.failed,
                    na: coherence.figure.notApplicable,
                    toFix: coherence.figure.points.toFix,
                    checked: coherence.figure.points.checked,
                  })}
            </p>
            {first && score !== null && trend.length > 1 ? (
              <p>
                <Sparkline
                  points={trend.map((p) => ({ x: p.day, y: p.score }))}
                  min={0}
                  max={100}
                  label={t('coherence.trendLabel', { from: first.score, to: score, since: day(first.day) })}
                />{' '}
                <span className="muted">{t('coherence.trendText', { from: first.score, to: score, since: day(first.day) })}</span>
              </p>
            ) : score === null ? null : (
              <p className="muted">{t('coherence.noTrend')}</p>
            )}
          </div>
        </div>
        <p className="hint">{t('coherence.weights')}</p>
        <ul className="marked-list checks">
          {coherence.checks.map((check) => (
            <li key={check.key} className="marked-item check" data-passed={check.passed} data-status={check.status}>
              <h3>
                <span>{t(`checks.${check.key}.title`)}</span>{' '}
                <span className="check-state">
                  {check.status === 'na'
                    ? t('coherence.na')
                    : check.passed
                      ? t('coherence.okOf', { count: check.checked })
                      : t('coherence.toFixOf', { count: check.count, checked: check.checked })}
                </span>
              </h3>
              <p className="hint">{t(`checks.${check.key}.help`)}</p>
              {check.items.length ? (
                <details>
                  <summary>{t('coherence.showItems', { count: check.count })}</summary>
                  <ul>
                    {check.items.map((item) => (
                      <li key={item.id}>
                        <Link href={`/${slug}${item.href}`}>{item.label}</Link>
                        {item.detail !== undefined ? (
                          <span className="muted">
                            {' '}
                            — {t(`checks.${check.key}.detail`, { detail: typeof item.detail === 'string' ? day(item.detail) : item.detail })}
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="thread-h">
        <h2 id="thread-h">{t('thread.title')}</h2>
        {strategy ? (
          <>
            <p className="muted">{t('thread.period', { start: strategy.periodStart, end: strategy.periodEnd })}</p>
            <h3>{t('fields.vision')}</h3>
            <p className="prewrap">{strategy.vision}</p>
            <h3>{t('fields.thread')}</h3>
            <p className="thread-quote">{strategy.thread}</p>
            {strategy.principles.length ? (
              <>
                <h3>{t('fields.principles')}</h3>
                <ul>
                  {strategy.principles.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p>{manager ? t('thread.emptyManager') : t('thread.empty')}</p>
        )}
      </section>

      <section aria-labelledby="axes-h" className="stack">
        <h2 id="axes-h">{t('axes.title', { count: axes.length })}</h2>
        {axes.length === 0 ? <p>{t('axes.empty')}</p> : null}
        <div className="axes-grid">
          {axes.map((axis, i) => (
            <article key={axis.id} className="card axis-card" aria-labelledby={`axis-${axis.id}`}>
              <h3 id={`axis-${axis.id}`}>
                <Link href={`/${slug}/strategy/axes/${axis.id}`}>{t('axes.numbered', { n: i + 1, title: axis.title })}</Link>
              </h3>
              <ul>
                {axis.objectives.map((o, j) => (
                  <li key={j}>{o}</li>
                ))}
              </ul>
              <p className="muted">{t('axes.counts', { actions: axis.actionCount, indicators: axis.indicatorCount, followUps: axis.followUpCount })}</p>
              <ul className="plain-list">
                {indicators
                  .filter((i) => i.axisId === axis.id)
                  .map((i) => (
                    <li key={i.id}>
                      <IndicatorSparkline indicator={i} label={t('indicators.chartLabel', { name: i.name, count: i.values.length })} width={80} height={24} />{' '}
                      <Link href={`/${slug}/strategy/indicators/${i.id}`}>{i.name}</Link>
                      {i.progress.progress === null ? null : <> — {format.number(i.progress.progress, { style: 'percent', maximumFractionDigits: 0 })}</>}
                      {i.progress.overdue ? <span className="overdue"> — {t('indicators.overdueSince', { date: day(i.progress.dueOn) })}</span> : null}
                    </li>
                  ))}
              </ul>
            </article>
          ))}
        </div>
        {manager && axes.length < MAX_AXES ? (
          <div className="card">
            <h3>{t('axes.new')}</h3>
            <p className="hint">{t('axes.newHint', { max: MAX_AXES })}</p>
            <AxisForm workspaceId={ctx.workspaceId} />
          </div>
        ) : null}
      </section>
    </>
  );
}
