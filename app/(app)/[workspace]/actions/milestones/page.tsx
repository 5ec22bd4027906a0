import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { milestonesByAxis } from '@/lib/milestones/queries';
import { MilestonesChart } from '@/components/milestones/milestones-chart';
import { TableRegion } from '@/components/ui/table-region';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('milestones'))('byAxis.title') };
}

/** Milestones across the workspace, per axis of the common thread and status: a chart and the table of the same figures. */
export default async function MilestonesByAxisPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'externalActions.read');
  const t = await getTranslations('milestones');
  const rows = milestonesByAxis(db, ctx).map((r) => ({ ...r, label: r.axisTitle ?? t('byAxis.noAxis') }));
  const tableId = 'milestones-axis-table';
  const statuses = ['done', 'planned', 'late'] as const;
  return (
    <>
      <p>
        <Link href={`/${slug}/calendar`}>← {(await getTranslations('calendar'))('title')}</Link>
      </p>
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
          <TableRegion labelledBy={`${tableId}-caption`}>
            <table id={tableId}>
              <caption id={`${tableId}-caption`}>{t('byAxis.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('byAxis.axis')}</th>
                  {statuses.map((s) => (
                    <th key={s} scope="col" className="num">
                      {t(`statuses.${s}`)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('byAxis.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </TableRegion>
        </section>
      )}
    </>
  );
}
