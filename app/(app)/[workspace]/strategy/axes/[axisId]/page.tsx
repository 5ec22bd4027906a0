import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getAxis, listFollowUpsWithAxes, listIndicatorOwners, listIndicators, listPlacements } from '@/lib/strategy/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { AxisForm } from '@/components/strategy/axis-form';
import { IndicatorForm } from '@/components/strategy/indicator-form';
import { IndicatorTable } from '@/components/strategy/indicator-table';
import { FollowUpAttach } from '@/components/strategy/follow-up-attach';
import { DeleteAxisButton } from '@/components/strategy/delete-buttons';
import { loadWorkspacePage, recordTitle } from '@/lib/shell/page';

type Params = { workspace: string; axisId: string };
type Props = { params: Promise<Params> };

export const generateMetadata = recordTitle('strategy.read', (ctx, { axisId }: Params) => getAxis(db, ctx, axisId).title);

/** One axis: its objectives, the actions placed on it, its indicators, and the diagnostic follow-up items it carries. */
export default async function AxisPage({ params }: Props) {
  const { axisId } = await params;
  const { slug, ctx, t } = await loadWorkspacePage(params, 'strategy.read', 'strategy');
  const axis = orNotFound(() => getAxis(db, ctx, axisId));
  const ta = await getTranslations('externalActions');
  const manager = can(ctx.role, 'strategy.manage');
  const actions = listPlacements(db, ctx).filter((a) => a.axisId === axis.id);
  const indicators = listIndicators(db, ctx, { axisId: axis.id });
  const followUps = listFollowUpsWithAxes(db, ctx);
  const attached = followUps.filter((f) => f.axisId === axis.id);
  const free = followUps.filter((f) => !f.axisId && f.status !== 'dropped');
  return (
    <>
      <StrategyHeader ctx={ctx} current={null} title={axis.title} intro={t('axis.intro')}>
        <Link href={`/${slug}/strategy`} className="button ghost">
          {t('back')}
        </Link>
      </StrategyHeader>
      <section className="card" aria-labelledby="objectives-h">
        <h2 id="objectives-h">{t('fields.objectives')}</h2>
        <ul>
          {axis.objectives.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ul>
        {manager ? (
          <details>
            <summary>{t('axis.edit')}</summary>
            <AxisForm workspaceId={ctx.workspaceId} axis={{ id: axis.id, title: axis.title, objectives: axis.objectives, version: axis.version }} />
            <DeleteAxisButton workspaceId={ctx.workspaceId} axisId={axis.id} title={axis.title} slug={slug} />
          </details>
        ) : null}
      </section>
      <section className="card" aria-labelledby="actions-h">
        <h2 id="actions-h">{t('axis.actions', { count: actions.length })}</h2>
        {actions.length ? (
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                <Link href={`/${slug}/actions/${a.id}`}>{a.title}</Link> <span className="badge status-tag">{ta(`statuses.${a.status}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('axis.noAction')}</p>
        )}
        <p>
          <Link href={`/${slug}/strategy/placements`}>{t('axis.placeActions')}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="indicators">
        <h2 id="indicators">{t('axis.indicators', { count: indicators.length })}</h2>
        {indicators.length ? (
          <IndicatorTable slug={slug} indicators={indicators} caption={t('axis.indicatorsCaption', { title: axis.title })} />
        ) : (
          <p>{t('axis.noIndicator')}</p>
        )}
        {manager ? (
          <details>
            <summary>{t('indicators.new')}</summary>
            <IndicatorForm workspaceId={ctx.workspaceId} owners={listIndicatorOwners(db, ctx)} axisId={axis.id} />
          </details>
        ) : null}
      </section>
      <section className="card" aria-labelledby="followups-h">
        <h2 id="followups-h">{t('followUps.title')}</h2>
        <p className="hint">{t('followUps.intro')}</p>
        {attached.length ? (
          <ul>
            {attached.map((f) => (
              <li key={f.id}>
                {f.title} <span className="muted">({f.diagnosticTitle})</span>{' '}
                {manager ? <FollowUpAttach workspaceId={ctx.workspaceId} followUpId={f.id} title={f.title} axisId={axis.id} attached /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('followUps.none')}</p>
        )}
        {manager && free.length ? (
          <>
            <h3>{t('followUps.available')}</h3>
            <ul>
              {free.map((f) => (
                <li key={f.id}>
                  {f.title} <span className="muted">({f.diagnosticTitle})</span>{' '}
                  <FollowUpAttach workspaceId={ctx.workspaceId} followUpId={f.id} title={f.title} axisId={axis.id} attached={false} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
