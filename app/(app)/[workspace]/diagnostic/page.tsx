import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listDiagnostics, listFollowUps, listOwnerCandidates } from '@/lib/diagnostic/queries';
import { getQuestionnaire } from '@/lib/diagnostic/questionnaire';
import { CreateDiagnosticForm } from '@/components/diagnostic/create-diagnostic-form';
import { StatusBadge } from '@/components/diagnostic/diagnostic-header';
import { FollowUpTable } from '@/components/diagnostic/follow-up-table';
import { TerritorySummary } from '@/components/diagnostic/territory-summary';
import { territorySummary } from '@/lib/actors/territory-summary';
import { formatDay } from '@/lib/format/dates';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('diagnostic', 'title');

/** The workspace's diagnostics, the follow-up items they produced and the territory's summary. */
export default async function DiagnosticsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'diagnostic.read', 'diagnostic');
  const questionnaire = getQuestionnaire();
  const dimensionTitle = (key: string) => questionnaire.dimensions.find((d) => d.key === key)?.title[locale] ?? key;
  const rows = listDiagnostics(db, ctx);
  const followUps = listFollowUps(db, ctx).filter((f) => f.status === 'open' || f.status === 'in_progress');
  const manage = can(ctx.role, 'diagnostic.manage');
  const year = new Date().getFullYear();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t(manage ? 'introManage' : ctx.role === 'contributor' ? 'introContributor' : 'introReviewer')}</p>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('listTitle')}</h2>
        {rows.length === 0 ? (
          <p className="card">{t(manage ? 'emptyManage' : 'empty')}</p>
        ) : (
          <DataTable
            id="diagnostics"
            caption={t('listTitle')}
            hideCaption
            columns={[
              t('fields.title'),
              t('fields.heldOn'),
              t('fields.status'),
              t('fields.progress'),
              { label: t('fields.overall'), num: true },
              ctx.role === 'contributor' ? t('fields.yourDimensions') : null,
            ]}
          >
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link href={`/${slug}/diagnostic/${d.id}`}>{d.title}</Link>
                </th>
                <td>{formatDay(format, d.heldOn)}</td>
                <td>
                  <StatusBadge status={d.status} label={t(`statuses.${d.status}`)} />
                </td>
                <td>
                  <span className="progress-cell">
                    <progress max={d.total} value={d.answered} aria-label={t('progressOf', { title: d.title })} />
                    {t('answeredOf', { answered: d.answered, total: d.total })}
                  </span>
                </td>
                <td className="num score">{d.overall === null ? '—' : d.overall}</td>
                {ctx.role === 'contributor' ? <td>{d.mine.map(dimensionTitle).join(', ') || '—'}</td> : null}
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {manage ? (
        <section aria-labelledby="new-heading" className="card">
          <h2 id="new-heading">{t('newTitle')}</h2>
          <p className="hint">{t('newIntro')}</p>
          <CreateDiagnosticForm
            workspaceId={ctx.workspaceId}
            slug={slug}
            defaults={{ title: t('defaultTitle', { year }), heldOn: new Date().toISOString().slice(0, 10) }}
          />
        </section>
      ) : null}
      <section aria-labelledby="follow-ups-heading">
        <h2 id="follow-ups-heading">{t('followUp.openTitle')}</h2>
        <FollowUpTable
          slug={slug}
          ctx={ctx}
          items={followUps}
          showDiagnostic
          caption={t('followUp.openTitle')}
          owners={manage ? listOwnerCandidates(db, ctx) : []}
        />
      </section>
      <TerritorySummary data={territorySummary(db, ctx)} slug={slug} />
    </>
  );
}
