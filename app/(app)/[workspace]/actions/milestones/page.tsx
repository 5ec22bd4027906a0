import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { milestonesByAxis } from '@/lib/milestones/queries';
import { MilestonesChart } from '@/components/milestones/milestones-chart';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';
import { BackLink } from '@/components/ui/back-link';

export const generateMetadata = pageTitle('milestones', 'byAxis.title');

/** Milestones across the workspace, per axis of the common thread and status: a chart and the table of the same figures. */
export default async function MilestonesByAxisPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'externalActions.read', 'milestones');
  const rows = milestonesByAxis(db, ctx).map((r) => ({ ...r, label: r.axisTitle ?? t('byAxis.noAxis') }));
  const tableId = 'milestones-axis-table';
  const statuses = ['done', 'planned', 'late'] as const;
  return (
    <>
      <BackLink href={`/${slug}/calendar`}>← {(await getTranslations('calendar'))('title')}</BackLink>
      <h1>{t('byAxis.title')}</h1>
      <p className="lead">{t('byAxis.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('byAxis.empty')}</p>
      ) : (
        <section className="card stack" aria-labelledby="by-axis-h">
          <h2 id="by-axis-h">{t('byAxis.caption')}</h2>
          <MilestonesChart
            data={rows.map((r) => ({ label: r.label, ...r.counts }))}
            caption={t('byAxis.chartLabel')}
            labels={{ planned: t('statuses.planned'), done: t('statuses.done'), late: t('statuses.late') }}
            tableId={tableId}
            tableLink={t('byAxis.caption')}
          />
          <DataTable
            id={tableId}
            tableId={tableId}
            caption={t('byAxis.caption')}
            columns={[t('byAxis.axis'), ...statuses.map((s) => ({ label: t(`statuses.${s}`), num: true })), { label: t('byAxis.total'), num: true }]}
          >
            {rows.map((r) => (
              <tr key={r.axisId ?? 'none'}>
                <th scope="row">{r.axisId ? <Link href={`/${slug}/strategy/axes/${r.axisId}`}>{r.label}</Link> : r.label}</th>
                {statuses.map((s) => (
                  <td key={s} className="num">
                    {r.counts[s]}
                  </td>
                ))}
                <td className="num">{r.counts.done + r.counts.planned + r.counts.late}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </>
  );
}
