import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listAxes, listIndicatorOwners, listIndicators, listPlacements } from '@/lib/strategy/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { IndicatorTable } from '@/components/strategy/indicator-table';
import { IndicatorForm } from '@/components/strategy/indicator-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('strategy', 'indicators.title');

/** Every indicator, of axes and of actions, late ones first; managers add indicators here. */
export default async function IndicatorsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'strategy.read', 'strategy');
  const indicators = listIndicators(db, ctx).sort((a, b) => Number(b.progress.overdue) - Number(a.progress.overdue));
  const manager = can(ctx.role, 'strategy.manage');
  const late = indicators.filter((i) => i.progress.overdue).length;
  return (
    <>
      <StrategyHeader ctx={ctx} current="indicators" title={t('indicators.title')} intro={t('indicators.intro')} />
      <p>{t('indicators.summary', { total: indicators.length, late })}</p>
      {indicators.length ? <IndicatorTable slug={slug} indicators={indicators} caption={t('indicators.caption')} showTarget /> : <p>{t('indicators.empty')}</p>}
      {manager ? (
        <section className="card" aria-labelledby="new-indicator-h">
          <h2 id="new-indicator-h">{t('indicators.new')}</h2>
          <IndicatorForm
            workspaceId={ctx.workspaceId}
            owners={listIndicatorOwners(db, ctx)}
            targets={{
              axes: listAxes(db, ctx).map((a) => ({ id: a.id, label: a.title })),
              actions: listPlacements(db, ctx).map((a) => ({ id: a.id, label: a.title })),
            }}
          />
        </section>
      ) : null}
    </>
  );
}
