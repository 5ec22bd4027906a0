import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { toLocale } from '@/lib/i18n/config';
import { getStrategyMap } from '@/lib/strategy/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('strategy', 'map.title');

/**
 * The strategy in one picture: vision, then axes, then the actions on each with their status and
 * competencies (each opens the action), then what stays outside the thread or is not placed yet.
 * A nested list, so that it reads the same with a screen reader and prints as is.
 */
export default async function StrategyMapPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'strategy.read', 'strategy');
  const ta = await getTranslations('externalActions');
  const map = getStrategyMap(db, ctx, toLocale(await getLocale()));
  type Node = (typeof map.outside)[number];
  const action = (a: Node, withReason = false) => (
    <li key={a.id} className="map-action">
      <Link href={`/${slug}/actions/${a.id}`}>{a.title}</Link>
      <span className="badge status-tag">{ta(`statuses.${a.status as 'idea'}`)}</span>
      <span className="map-competency">{a.competencies.length ? a.competencies.join(' · ') : t('map.noCompetency')}</span>
      {withReason && a.outsideReason ? <span className="muted">— {a.outsideReason}</span> : null}
    </li>
  );
  return (
    <>
      <StrategyHeader ctx={ctx} current="map" title={t('map.title')} intro={t('map.intro')} />
      <ul className="strategy-map" aria-label={t('map.title')}>
        <li>
          <strong>{t('fields.vision')}</strong> — {map.strategy?.vision ?? t('map.noVision')}
          {map.strategy ? <p className="thread-quote">{map.strategy.thread}</p> : null}
          <ul>
            {map.axes.map((axis, i) => (
              <li key={axis.id} className="map-axis">
                <strong>
                  <Link href={`/${slug}/strategy/axes/${axis.id}`}>{t('axes.numbered', { n: i + 1, title: axis.title })}</Link>
                </strong>
                {axis.actions.length ? <ul>{axis.actions.map((a) => action(a))}</ul> : <p className="muted">{t('axis.noAction')}</p>}
              </li>
            ))}
          </ul>
        </li>
        {map.outside.length ? (
          <li className="map-branch">
            <strong>{t('map.outside', { count: map.outside.length })}</strong>
            <ul>{map.outside.map((a) => action(a, true))}</ul>
          </li>
        ) : null}
        {map.unplaced.length ? (
          <li className="map-branch">
            <strong className="overdue">{t('map.unplaced', { count: map.unplaced.length })}</strong>
            <ul>{map.unplaced.map((a) => action(a))}</ul>
          </li>
        ) : null}
      </ul>
    </>
  );
}
