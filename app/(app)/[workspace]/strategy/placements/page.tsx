import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listAxes, listPlacements } from '@/lib/strategy/queries';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { PlacementForm } from '@/components/strategy/placement-form';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('strategy', 'placements.title');

/**
 * Every action and where it sits in the thread. Managers place each one on an axis or outside
 * the thread with a reason (accepting contributors' proposals); contributors propose an axis.
 */
export default async function PlacementsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'strategy.read', 'strategy');
  const ta = await getTranslations('externalActions');
  const axes = listAxes(db, ctx).map((a) => ({ id: a.id, title: a.title }));
  const axisTitle = new Map(axes.map((a) => [a.id, a.title]));
  const rows = listPlacements(db, ctx);
  const mode = can(ctx.role, 'strategy.manage') ? 'manage' : can(ctx.role, 'strategy.propose') ? 'propose' : null;
  const unplaced = rows.filter((r) => !r.axisId && !r.outsideReason).length;
  return (
    <>
      <StrategyHeader ctx={ctx} current="placements" title={t('placements.title')} intro={t('placements.intro')} />
      <p>{t('placements.summary', { total: rows.length, unplaced })}</p>
      {axes.length === 0 ? <p className="notice">{t('placements.noAxes')}</p> : null}
      <DataTable
        label={t('placements.caption')}
        caption={t('placements.caption')}
        columns={[
          t('placements.action'),
          t('placements.status'),
          t('placements.current'),
          mode ? (mode === 'manage' ? t('placements.change') : t('placements.proposeColumn')) : null,
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} id={`action-${r.id}`}>
            <th scope="row">
              <Link href={`/${slug}/actions/${r.id}`}>{r.title}</Link>
            </th>
            <td>
              <span className="badge status-tag">{ta(`statuses.${r.status}`)}</span>
            </td>
            <td>
              {r.axisId ? (
                axisTitle.get(r.axisId)
              ) : r.outsideReason ? (
                <>
                  <strong>{t('placements.outside')}</strong> — {r.outsideReason}
                </>
              ) : (
                <span className="overdue">{t('placements.none')}</span>
              )}
              {r.proposedAxisId ? (
                <p className="hint">
                  {t('placements.proposal', { axis: axisTitle.get(r.proposedAxisId) ?? '', name: r.proposedByName ?? '' })}
                  {r.proposalNote ? ` — ${r.proposalNote}` : ''}
                </p>
              ) : null}
            </td>
            {mode ? (
              <td>
                <PlacementForm
                  workspaceId={ctx.workspaceId}
                  actionId={r.id}
                  actionTitle={r.title}
                  axes={axes}
                  axisId={r.axisId}
                  outsideReason={r.outsideReason}
                  proposedAxisId={r.proposedAxisId}
                  mode={mode}
                />
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
