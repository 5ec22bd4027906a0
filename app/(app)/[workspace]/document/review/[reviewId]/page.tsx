import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound, requirePageMember } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { toLocale } from '@/lib/i18n/config';
import { getReviewDetail, listMentionable } from '@/lib/review/queries';
import { isOpen } from '@/lib/review/state-machine';
import { isoDay, systemClock } from '@/lib/strategy/progress';
import { documentView } from '@/lib/strategy-document/render';
import { DocumentTabs } from '@/components/strategy-document/document-tabs';
import { SectionBlocks } from '@/components/strategy-document/section-blocks';
import { SectionReview, type ThreadView } from '@/components/review/section-review';
import { DecisionForm } from '@/components/review/decision-form';
import { AdoptionForm } from '@/components/review/adoption-form';
import '../review.css';
import { formatDay, formatMoment } from '@/lib/format/dates';
import { DataTable } from '@/components/ui/data-table';

type Props = { params: Promise<{ workspace: string; reviewId: string }> };

async function load(slug: string, reviewId: string) {
  const ctx = await requirePageMember(slug, 'document.read');
  return { ctx, detail: orNotFound(() => getReviewDetail(db, ctx, reviewId)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace, reviewId } = await params;
  const { detail } = await load(workspace, reviewId);
  return { title: (await getTranslations('review'))('detailTitle', { name: detail.version.name }) };
}

/** One review cycle: the version section by section with its comment threads, the reviewers' decisions, the adoption. */
export default async function ReviewDetailPage({ params }: Props) {
  const { workspace: slug, reviewId } = await params;
  const { ctx, detail } = await load(slug, reviewId);
  const t = await getTranslations('review');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const { review, version, reviewers, adoption, threads, supersededBy } = detail;
  const view = documentView(version.snapshot, locale);
  const day = (d: string) => formatDay(format, d, 'long');
  const when = (d: Date) => formatMoment(format, d);
  const open = isOpen(review.status);
  const canComment = open && can(ctx.role, 'review.comment');
  const canModerate = can(ctx.role, 'review.submit');
  const mine = reviewers.find((r) => r.userId === ctx.userId);
  const today = isoDay(systemClock());
  const mentionExample = listMentionable(db, ctx).find((m) => m.userId !== ctx.userId)?.name ?? '';
  const threadViews = (sectionId: string): ThreadView[] =>
    threads
      .filter((th) => th.sectionId === sectionId)
      .map((th) => ({
        id: th.id,
        status: th.status,
        quote: th.quote,
        anchorStart: th.anchorStart,
        anchorEnd: th.anchorEnd,
        mine: th.createdById === ctx.userId,
        comments: th.comments.map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, when: when(c.createdAt) })),
      }));
  return (
    <div className="document">
      <p className="no-print">
        <Link href={`/${slug}/document/review`}>{t('back')}</Link>
      </p>
      <h1>{t('detailTitle', { name: version.name })}</h1>
      <p className="lead">
        <span className="review-status" data-status={review.status}>
          {t(`status.${review.status}`)}
        </span>{' '}
        · {t('submittedBy', { name: review.submitterName, date: when(review.createdAt) })} {open ? t('dueOn', { date: day(review.dueDate) }) : null}
        {open && review.dueDate < today ? <strong> {t('overdue')}</strong> : null}
      </p>
      {review.message ? <p className="prewrap">{review.message}</p> : null}
      <DocumentTabs slug={slug} current={null} />
      {adoption ? (
        <p className="adopted-banner">{t('adoptedBanner', { date: day(adoption.adoptedOn), body: adoption.body, reference: adoption.reference })}</p>
      ) : null}
      {supersededBy ? (
        <p className="notice">
          {t('supersededBy', { name: supersededBy.versionName })} <Link href={`/${slug}/document/review/${supersededBy.id}`}>{t('goToNew')}</Link>
        </p>
      ) : null}
      {!open && !supersededBy ? <p className="notice">{t('closedThreads')}</p> : null}
      <p>
        <Link href={`/${slug}/document/versions/${version.id}`}>{t('readVersion')}</Link>
      </p>
      <section className="card" aria-labelledby="reviewers-title">
        <h2 id="reviewers-title">{t('reviewersTitle')}</h2>
        <DataTable labelledBy="reviewers-title" columns={[t('reviewers'), t('colStatus'), t('decisionNote')]}>
          {reviewers.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>
                <span className="review-status" data-status={r.decision}>
                  {r.decidedAt ? t('decidedOn', { decision: t(`decision.${r.decision}`), date: when(r.decidedAt) }) : t(`decision.${r.decision}`)}
                </span>
              </td>
              <td className="prewrap">{r.note}</td>
            </tr>
          ))}
        </DataTable>
        {mine && (review.status === 'in_review' || review.status === 'changes_requested') ? (
          <>
            {mine.decision !== 'pending' ? <p>{t('yourDecision', { decision: t(`decision.${mine.decision}`) })}</p> : null}
            <DecisionForm workspaceId={ctx.workspaceId} reviewId={review.id} current={mine.decision} />
          </>
        ) : null}
      </section>
      {review.status === 'approved' && can(ctx.role, 'review.adopt') ? (
        <section className="card" aria-labelledby="adopt-title">
          <h2 id="adopt-title">{t('adoptTitle')}</h2>
          <p>{t('adoptHint')}</p>
          <AdoptionForm workspaceId={ctx.workspaceId} reviewId={review.id} today={today} />
        </section>
      ) : null}
      <h2>{t('sectionsTitle')}</h2>
      {view.sections.map((section, index) => {
        const source = version.snapshot.sections[index]!;
        return (
          <section key={section.id} aria-labelledby={`r-${section.id}`} className="card doc-section" data-kind={section.kind}>
            <h3 id={`r-${section.id}`}>{section.title}</h3>
            <SectionReview
              workspaceId={ctx.workspaceId}
              reviewId={review.id}
              sectionId={section.id}
              title={section.title}
              text={source.kind === 'written' ? source.text : null}
              threads={threadViews(section.id)}
              canComment={canComment}
              canModerate={canModerate}
              mentionExample={mentionExample}
            >
              <SectionBlocks blocks={section.blocks} />
            </SectionReview>
          </section>
        );
      })}
    </div>
  );
}
