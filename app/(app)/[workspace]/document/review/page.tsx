import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { getAdoptedVersion, getReviewState, listReviewerCandidates, listReviews, listSubmittableVersions } from '@/lib/review/queries';
import { addMonths, isoDay, systemClock } from '@/lib/strategy/progress';
import { DocumentTabs } from '@/components/strategy-document/document-tabs';
import { SubmitReviewForm } from '@/components/review/submit-review-form';
import { ReviewStateCard } from '@/components/review/review-state-card';
import './review.css';
import { formatDay, formatMoment } from '@/lib/format/dates';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

type Props = { params: Promise<{ workspace: string }> };

export const generateMetadata = pageTitle('review', 'title');

/** The review of the strategy document: where it stands, submit a version, the cycles so far. */
export default async function ReviewPage({ params }: Props) {
  const { slug, ctx, t, format } = await loadWorkspacePage(params, 'document.read', 'review');
  const state = getReviewState(db, ctx);
  const adopted = getAdoptedVersion(db, ctx.workspaceId);
  const reviews = listReviews(db, ctx);
  const canSubmit = can(ctx.role, 'review.submit');
  const versions = canSubmit ? listSubmittableVersions(db, ctx) : [];
  const candidates = canSubmit ? listReviewerCandidates(db, ctx).filter((c) => c.userId !== ctx.userId) : [];
  const day = (d: string) => formatDay(format, d, 'long');
  const when = (d: Date) => formatMoment(format, d, 'medium', false);
  const resubmission = ['in_review', 'changes_requested', 'approved'].includes(state.status);
  // Reviewers get a month by default.
  const due = addMonths(isoDay(systemClock()), 1);
  return (
    <div className="document">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <DocumentTabs slug={slug} current="review" />
      {adopted ? (
        <p className="adopted-banner">
          {t('adoptedTitle')} — <Link href={`/${slug}/document/versions/${adopted.versionId}`}>{adopted.versionName}</Link>.{' '}
          {t('adoptedBanner', { date: day(adopted.adoptedOn), body: adopted.body, reference: adopted.reference })}
        </p>
      ) : null}
      <ReviewStateCard slug={slug} state={state} />
      {canSubmit ? (
        <section className="card" aria-labelledby="submit-title">
          <h2 id="submit-title">{resubmission ? t('resubmitTitle') : t('submitTitle')}</h2>
          {resubmission ? <p className="hint">{t('resubmitHint')}</p> : null}
          {versions.length === 0 ? (
            <p>
              {t('noSubmittable')} <Link href={`/${slug}/document/versions`}>{(await getTranslations('document'))('tabs.versions')}</Link>
            </p>
          ) : (
            <SubmitReviewForm
              slug={slug}
              workspaceId={ctx.workspaceId}
              versions={versions.map((v) => ({ id: v.id, label: `${v.name} — ${when(v.createdAt)}` }))}
              reviewers={candidates.map((c) => ({ id: c.userId, label: c.name }))}
              defaultDue={due}
              resubmission={resubmission}
            />
          )}
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyTitle')}</h2>
        {reviews.length === 0 ? (
          <p>{t('noHistory')}</p>
        ) : (
          <DataTable
            id="reviews"
            caption={t('historyCaption')}
            hideCaption
            columns={[t('colVersion'), t('colStatus'), t('colDue'), t('colSubmitter'), t('colDate')]}
          >
            {reviews.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/${slug}/document/review/${r.id}`} aria-label={t('openReview', { name: r.versionName })}>
                    {r.versionName}
                  </Link>
                </th>
                <td>
                  <span className="review-status" data-status={r.status}>
                    {t(`status.${r.status}`)}
                  </span>
                </td>
                <td>{day(r.dueDate)}</td>
                <td>{r.submitterName}</td>
                <td>{when(r.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
