import 'server-only';
import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import { userName } from '@/lib/user-names';
import type { Tx } from '@/db/client';
import { getInWorkspace } from '@/lib/workspace-rows';
import { adoptions, commentThreads, documentVersions, reviewReviewers, reviews } from '@/db/schema';
import type { Adoption, Review, ReviewDecision, ReviewReviewer } from '@/db/schema/review';
import type { MemberContext } from '@/lib/auth/session';
import { membersWhoMay } from '@/lib/auth/member';
import { Conflict, Forbidden, Invalid } from '@/lib/errors';
import { getVersion } from '@/lib/strategy-document/queries';
import type { DocumentSnapshot } from '@/lib/strategy-document/types';
import { transition, type Refusal, type ReviewState } from './state-machine';
import { listThreads } from './threads';

// Reviews and adoptions as pages show them, and the rows the cycle's steps check.

/** The scope of the review's comment threads (other modules use their own, lib/review/threads.ts). */
export const REVIEW_SCOPE = 'review';

/** The adopted version of a workspace, as the dashboard and the publication show it. */
export type AdoptedVersion = {
  versionId: string;
  versionName: string;
  /** YYYY-MM-DD. */
  adoptedOn: string;
  body: string;
  reference: string;
  snapshot: DocumentSnapshot;
};

/** The latest adoption of a workspace (by deliberation date, then by record), or null. */
export function getAdoptedVersion(tx: Tx, workspaceId: string): AdoptedVersion | null {
  const row = tx
    .select({ adoption: adoptions, name: documentVersions.name, snapshot: documentVersions.snapshot })
    .from(adoptions)
    .innerJoin(documentVersions, and(eq(documentVersions.id, adoptions.versionId), eq(documentVersions.workspaceId, adoptions.workspaceId)))
    .where(eq(adoptions.workspaceId, workspaceId))
    .orderBy(desc(adoptions.adoptedOn), desc(adoptions.createdAt))
    .limit(1)
    .get();
  if (!row) return null;
  const a = row.adoption;
  return { versionId: a.versionId, versionName: row.name, adoptedOn: a.adoptedOn, body: a.body, reference: a.reference, snapshot: row.snapshot };
}

/** The adoption of one version of a workspace, or null (the exports mark an adopted version). */
export function getAdoptionOfVersion(tx: Tx, workspaceId: string, versionId: string): Adoption | null {
  return (
    tx
      .select()
      .from(adoptions)
      .where(and(eq(adoptions.workspaceId, workspaceId), eq(adoptions.versionId, versionId)))
      .get() ?? null
  );
}

/** Every adoption of the caller's workspace, latest first (the versions list shows them first). */
export function listAdoptions(tx: Tx, ctx: MemberContext): Adoption[] {
  return tx.select().from(adoptions).where(eq(adoptions.workspaceId, ctx.workspaceId)).orderBy(desc(adoptions.adoptedOn), desc(adoptions.createdAt)).all();
}

export type ReviewStateSummary = {
  status: 'none' | 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'adopted';
  versionName: string | null;
  dueDate: string | null;
  reviewers: { name: string; decision: ReviewDecision }[];
  openThreads: number;
  /** The review cycle concerned, to link to (null for 'none' and 'draft'). */
  reviewId: string | null;
};

export function currentReview(tx: Tx, workspaceId: string) {
  return tx
    .select({ review: reviews, versionName: documentVersions.name, versionCreatedAt: documentVersions.createdAt })
    .from(reviews)
    .innerJoin(documentVersions, eq(documentVersions.id, reviews.versionId))
    .where(and(eq(reviews.workspaceId, workspaceId), ne(reviews.status, 'superseded')))
    .orderBy(desc(reviews.createdAt))
    .limit(1)
    .get();
}

/**
 * Where the strategy's review stands: no version yet, a draft (a saved version not submitted, for
 * instance changes saved after an adoption), in review, changes requested, approved or adopted;
 * with the reviewers' decisions and the number of open threads.
 */
export function getReviewState(tx: Tx, ctx: MemberContext): ReviewStateSummary {
  const latest = tx
    .select({ id: documentVersions.id, name: documentVersions.name, createdAt: documentVersions.createdAt })
    .from(documentVersions)
    .where(eq(documentVersions.workspaceId, ctx.workspaceId))
    .orderBy(desc(documentVersions.createdAt))
    .limit(1)
    .get();
  const none: ReviewStateSummary = { status: 'none', versionName: null, dueDate: null, reviewers: [], openThreads: 0, reviewId: null };
  if (!latest) return none;
  const current = currentReview(tx, ctx.workspaceId);
  if (!current || (current.review.status === 'adopted' && latest.id !== current.review.versionId && latest.createdAt > current.versionCreatedAt)) {
    return { ...none, status: 'draft', versionName: latest.name };
  }
  const reviewers = tx
    .select({ name: reviewReviewers.name, decision: reviewReviewers.decision })
    .from(reviewReviewers)
    .where(eq(reviewReviewers.reviewId, current.review.id))
    .orderBy(asc(reviewReviewers.name))
    .all();
  const open = tx
    .select({ n: count() })
    .from(commentThreads)
    .where(and(eq(commentThreads.reviewId, current.review.id), eq(commentThreads.status, 'open')))
    .get();
  return {
    status: current.review.status as ReviewStateSummary['status'],
    versionName: current.versionName,
    dueDate: current.review.dueDate,
    reviewers,
    openThreads: open?.n ?? 0,
    reviewId: current.review.id,
  };
}

/** Members who may be named reviewers: those whose role may decide (reviewers, editors, admins). */
export function listReviewerCandidates(tx: Tx, ctx: MemberContext) {
  return membersWhoMay(tx, ctx.workspaceId, 'review.decide');
}

/** Members who may be mentioned in the review's comments (every reader of the document). */
export function listMentionable(tx: Tx, ctx: MemberContext) {
  return membersWhoMay(tx, ctx.workspaceId, 'document.read').map((m) => ({ userId: m.userId, name: m.name }));
}

function refusal(reason: Refusal): never {
  if (reason === 'forbidden' || reason === 'notNamedReviewer') throw new Forbidden(`review${reason[0]!.toUpperCase()}${reason.slice(1)}`);
  if (reason === 'noReviewers') throw new Invalid('invalid', { reviewerIds: 'reviewReviewersRequired' });
  throw new Conflict(`review${reason[0]!.toUpperCase()}${reason.slice(1)}`);
}

export function check(state: ReviewState, event: Parameters<typeof transition>[1]): ReviewState {
  const result = transition(state, event);
  if (!result.ok) refusal(result.reason);
  return result.next;
}

/** One review cycle of the caller's workspace, or NotFound. */
export function getReviewRow(tx: Tx, ctx: MemberContext, reviewId: string): Review {
  return getInWorkspace(tx, reviews, ctx, reviewId, 'reviewReviewNotFound');
}

export function reviewersOf(tx: Tx, reviewId: string): ReviewReviewer[] {
  return tx.select().from(reviewReviewers).where(eq(reviewReviewers.reviewId, reviewId)).orderBy(asc(reviewReviewers.name)).all();
}

export function nameOf(tx: Tx, userId: string) {
  return userName(tx, userId);
}

export type ReviewDetail = {
  review: Review;
  version: { id: string; name: string; note: string; authorName: string; createdAt: Date; snapshot: DocumentSnapshot };
  reviewers: ReviewReviewer[];
  adoption: Adoption | null;
  threads: ReturnType<typeof listThreads>;
  /** The cycle that replaced this one, when it was superseded. */
  supersededBy: { id: string; versionName: string } | null;
};

/** One review cycle with its version, reviewers, adoption and threads. */
export function getReviewDetail(tx: Tx, ctx: MemberContext, reviewId: string): ReviewDetail {
  const review = getReviewRow(tx, ctx, reviewId);
  const version = getVersion(tx, ctx, review.versionId);
  const next = tx
    .select({ id: reviews.id, versionName: documentVersions.name })
    .from(reviews)
    .innerJoin(documentVersions, eq(documentVersions.id, reviews.versionId))
    .where(and(eq(reviews.workspaceId, ctx.workspaceId), eq(reviews.previousId, review.id)))
    .get();
  return {
    review,
    version,
    reviewers: reviewersOf(tx, review.id),
    adoption: getAdoptionOfVersion(tx, ctx.workspaceId, version.id),
    threads: listThreads(tx, ctx, { scope: REVIEW_SCOPE, reviewId: review.id }),
    supersededBy: next ?? null,
  };
}

export type ReviewSummary = {
  id: string;
  status: Review['status'];
  versionId: string;
  versionName: string;
  dueDate: string;
  submitterName: string;
  createdAt: Date;
};

/** The review cycles of the workspace, latest first (one page). */
export function listReviews(tx: Tx, ctx: MemberContext, limit = 50): ReviewSummary[] {
  return tx
    .select({
      id: reviews.id,
      status: reviews.status,
      versionId: reviews.versionId,
      versionName: documentVersions.name,
      dueDate: reviews.dueDate,
      submitterName: reviews.submitterName,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(documentVersions, eq(documentVersions.id, reviews.versionId))
    .where(eq(reviews.workspaceId, ctx.workspaceId))
    .orderBy(desc(reviews.createdAt))
    .limit(limit)
    .all();
}

/** Saved versions that may be submitted now: never submitted, newer than the adopted one and than the open cycle's. */
export function listSubmittableVersions(tx: Tx, ctx: MemberContext) {
  const submitted = new Set(
    tx
      .select({ versionId: reviews.versionId })
      .from(reviews)
      .where(eq(reviews.workspaceId, ctx.workspaceId))
      .all()
      .map((r) => r.versionId),
  );
  const floor = tx
    .select({ createdAt: documentVersions.createdAt })
    .from(reviews)
    .innerJoin(documentVersions, eq(documentVersions.id, reviews.versionId))
    .where(and(eq(reviews.workspaceId, ctx.workspaceId), inArray(reviews.status, ['in_review', 'changes_requested', 'approved', 'adopted'])))
    .orderBy(desc(documentVersions.createdAt))
    .limit(1)
    .get()?.createdAt;
  return tx
    .select({ id: documentVersions.id, name: documentVersions.name, createdAt: documentVersions.createdAt })
    .from(documentVersions)
    .where(eq(documentVersions.workspaceId, ctx.workspaceId))
    .orderBy(desc(documentVersions.createdAt))
    .limit(50)
    .all()
    .filter((v) => !submitted.has(v.id) && (!floor || v.createdAt > floor));
}
