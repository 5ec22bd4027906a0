import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listAnsweringMembers, mayAnswer } from '@/lib/diagnostic/queries';
import { DiagnosticHeader } from '@/components/diagnostic/diagnostic-header';
import { AssignDimension } from '@/components/diagnostic/assign-dimension';
import { CompleteDiagnostic, DeleteDiagnostic } from '@/components/diagnostic/complete-diagnostic';
import { EditDiagnosticForm } from '@/components/diagnostic/edit-diagnostic-form';
import { formatMoment } from '@/lib/format/dates';
import { evaluationStartingPoint } from '@/lib/evaluation/starting-point';
import { DataChapters } from '@/components/evaluation/data-chapters';
import { DataTable } from '@/components/ui/data-table';
import { diagnosticTabTitle, loadDiagnosticTab } from './load-tab';

type Props = { params: Promise<{ workspace: string; diagnosticId: string }> };

export const generateMetadata = diagnosticTabTitle('progress');

/** Progress of a diagnostic, dimension by dimension: who answers, how far, which score. */
export default async function DiagnosticProgressPage({ params }: Props) {
  const { slug, ctx, view, diagnostic, t, format, locale } = await loadDiagnosticTab(params);
  const { questionnaire } = view;
  const manage = can(ctx.role, 'diagnostic.manage');
  const inProgress = diagnostic.status === 'in_progress';
  const members = manage && inProgress ? listAnsweringMembers(db, ctx) : [];
  const base = `/${slug}/diagnostic/${diagnostic.id}`;
  const dimensions = questionnaire.dimensions.filter((d) => view.visibleDimensions.includes(d.key));
  const unanswered = view.score.dimensions.filter((d) => d.score === null);
  // A diagnostic in progress starts from what the latest yearly evaluation left open (issue 21.4).
  const startingPoint = inProgress && can(ctx.role, 'evaluation.read') ? evaluationStartingPoint(db, ctx, locale) : null;
  const te = await getTranslations('evaluation');
  return (
    <>
      <DiagnosticHeader slug={slug} diagnostic={diagnostic} current="progress">
        {manage && inProgress ? (
          <div className="actions">
            <EditDiagnosticForm
              workspaceId={ctx.workspaceId}
              initial={{ diagnosticId: diagnostic.id, title: diagnostic.title, heldOn: diagnostic.heldOn, version: diagnostic.version }}
            />
            <DeleteDiagnostic workspaceId={ctx.workspaceId} diagnosticId={diagnostic.id} listHref={`/${slug}/diagnostic`} />
          </div>
        ) : null}
      </DiagnosticHeader>
      {inProgress ? (
        <p className="lead">{t(ctx.role === 'contributor' ? 'progressIntroContributor' : 'progressIntro')}</p>
      ) : (
        <p className="notice">
          {t('frozenNotice', { date: formatMoment(format, diagnostic.completedAt ?? diagnostic.updatedAt, 'long', false) })}{' '}
          <Link href={`${base}/results`}>{t('seeResults')}</Link>
        </p>
      )}
      {startingPoint ? (
        <section aria-labelledby="starting-point-heading" className="card" data-starting-point>
          <h2 id="starting-point-heading">{te('fromEvaluation', { year: startingPoint.year })}</h2>
          <p className="hint">
            {te('fromEvaluationHint')} <Link href={`/${slug}/evaluation/${startingPoint.year}`}>{te('yearTitle', { year: startingPoint.year })}</Link>
          </p>
          <DataChapters chapters={[startingPoint.chapter]} />
        </section>
      ) : null}
      <DataTable
        id="progress"
        caption={t('progressCaption')}
        hideCaption
        columns={[t('fields.dimension'), t('fields.progress'), { label: t('fields.score'), num: true }, t('fields.assignees')]}
      >
        {dimensions.map((d) => {
          const progress = view.progress.find((p) => p.dimension === d.key)!;
          const score = view.score.dimensions.find((s) => s.dimension === d.key)!;
          const assignees = view.assignments.filter((a) => a.dimension === d.key);
          const canAnswer = mayAnswer(ctx, diagnostic, d.key, view.assignments);
          const title = d.title[locale];
          return (
            <tr key={d.key}>
              <th scope="row">
                <Link href={`${base}/${d.key}`}>{title}</Link>
                {canAnswer ? <span className="muted"> · {t('youCanAnswer')}</span> : null}
              </th>
              <td>
                <span className="progress-cell">
                  <progress max={progress.total} value={progress.answered} aria-label={t('progressOf', { title })} />
                  {t('answeredOf', { answered: progress.answered, total: progress.total })}
                </span>
              </td>
              <td className="num score">{score.score === null ? '—' : score.score}</td>
              <td>
                {assignees.length ? assignees.map((a) => a.name).join(', ') : <span className="muted">{t('nobodyAssigned')}</span>}
                {manage && inProgress ? (
                  <AssignDimension
                    workspaceId={ctx.workspaceId}
                    diagnosticId={diagnostic.id}
                    dimension={d.key}
                    dimensionTitle={title}
                    members={members}
                    assigned={assignees.map((a) => a.userId)}
                  />
                ) : null}
              </td>
            </tr>
          );
        })}
      </DataTable>
      {dimensions.length === 0 ? <p className="card">{t('nothingAssigned')}</p> : null}
      <p>
        {t('overallSoFar')} <strong className="score">{view.score.overall === null ? '—' : view.score.overall}</strong>{' '}
        <Link href={`${base}/results`}>{t('seeResults')}</Link>
      </p>
      {manage && inProgress ? (
        <section aria-labelledby="complete-heading" className="card">
          <h2 id="complete-heading">{t('completeTitle')}</h2>
          <p>{t('completeIntro')}</p>
          {unanswered.length > 0 ? (
            <p>
              {t('stillEmpty')} {unanswered.map((u) => questionnaire.dimensions.find((d) => d.key === u.dimension)?.title[locale]).join(', ')}
            </p>
          ) : null}
          <CompleteDiagnostic workspaceId={ctx.workspaceId} diagnosticId={diagnostic.id} resultsHref={`${base}/results`} blocked={unanswered.length > 0} />
        </section>
      ) : null}
    </>
  );
}
