import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { adoptions, commentThreads, documentVersions, memberships, reviewReviewers, reviews, users } from '@/db/schema';
import type { Adoption, Review, ReviewDecision, ReviewReviewer } from '@/db/schema/review';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { isoDay, systemClock, type Clock } from '@/lib/strategy/progress';
import { getVersion } from '@/lib/strategy-document/queries';
import type { DocumentSnapshot } from '@/lib/strategy-document/types';
import { membersWith, notify } from '@/lib/notifications/notify';
import { transition, type Refusal, type ReviewState } from './state-machine';
import { changeThreadStatus, getThread, listThreads, openThread, replyInThread, type ThreadOptions } from './threads';
import type { AdoptInput, DecideInput, ReplyInput, SubmitReviewInput, ThreadInput, ThreadStatusInput } from './schemas';

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
  return tx.select().from(adoptions).where(and(eq(adoptions.workspaceId, workspaceId), eq(adoptions.versionId, versionId))).get() ?? null;
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

function currentReview(tx: Tx, workspaceId: string) {
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
  return tx
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspaceId))
    .orderBy(asc(users.name))
    .all()
    .filter((m) => can(m.role as Role, 'review.decide'));
}

/** Members who may be mentioned in the review's comments (every reader of the document). */
export function listMentionable(tx: Tx, ctx: MemberContext) {
  return tx
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspaceId))
    .orderBy(asc(users.name))
    .all()
    .filter((m) => can(m.role as Role, 'document.read'))
    .map((m) => ({ userId: m.userId, name: m.name }));
}

function refusal(reason: Refusal): never {
  if (reason === 'forbidden' || reason === 'notNamedReviewer') throw new Forbidden(`review${reason[0]!.toUpperCase()}${reason.slice(1)}`);
  if (reason === 'noReviewers') throw new Invalid('invalid', { reviewerIds: 'reviewReviewersRequired' });
  throw new Conflict(`review${reason[0]!.toUpperCase()}${reason.slice(1)}`);
}

function check(state: ReviewState, event: Parameters<typeof transition>[1]): ReviewState {
  const result = transition(state, event);
  if (!result.ok) refusal(result.reason);
  return result.next;
}

/** One review cycle of the caller's workspace, or NotFound. */
export function getReviewRow(tx: Tx, ctx: MemberContext, reviewId: string): Review {
  const row = tx.select().from(reviews).where(and(eq(reviews.id, reviewId), eq(reviews.workspaceId, ctx.workspaceId))).get();
  if (!row) throw new NotFound('reviewReviewNotFound');
  return row;
}

function reviewersOf(tx: Tx, reviewId: string): ReviewReviewer[] {
  return tx.select().from(reviewReviewers).where(eq(reviewReviewers.reviewId, reviewId)).orderBy(asc(reviewReviewers.name)).all();
}

function nameOf(tx: Tx, userId: string) {
  return tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? '';
}

const reviewHref = (reviewId: string) => `/document/review/${reviewId}`;

/**
 * Submits a saved version for review, naming reviewers and a due date. When a cycle is open
 * (in review, changes requested or approved), this is a resubmission: the newer version replaces
 * it, every decision starts again as pending, and the cycle it replaces is superseded.
 */
export function submitReview(tx: Tx, ctx: MemberContext, input: SubmitReviewInput, clock: Clock = systemClock): MutationOutcome<{ id: string; resubmission: boolean }> {
  const version = getVersion(tx, ctx, input.versionId);
  if (tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.versionId, version.id)).get()) throw new Conflict('reviewAlreadySubmitted');
  const now = clock();
  if (input.dueDate < isoDay(now)) throw new Invalid('invalid', { dueDate: 'reviewDueDatePast' });
  const candidates = new Map(listReviewerCandidates(tx, ctx).map((c) => [c.userId, c]));
  const reviewerIds = [...new Set(input.reviewerIds)];
  if (reviewerIds.includes(ctx.userId)) throw new Invalid('invalid', { reviewerIds: 'reviewSelfReview' });
  if (reviewerIds.some((id) => !candidates.has(id))) throw new Invalid('invalid', { reviewerIds: 'reviewReviewerNotEligible' });
  const adopted = getAdoptedVersion(tx, ctx.workspaceId);
  if (adopted) {
    const adoptedAt = getVersion(tx, ctx, adopted.versionId).createdAt;
    if (version.createdAt <= adoptedAt) throw new Conflict('reviewOlderThanAdopted');
  }
  const open = currentReview(tx, ctx.workspaceId);
  const resubmission = !!open && open.review.status !== 'adopted';
  if (open && resubmission) {
    const next = check(open.review.status, { type: 'resubmit', role: ctx.role, reviewers: reviewerIds.length, sameVersion: open.review.versionId === version.id });
    if (version.createdAt <= open.versionCreatedAt) throw new Conflict('reviewNotNewer');
    tx.update(reviews).set({ status: next as Review['status'], updatedAt: now }).where(eq(reviews.id, open.review.id)).run();
  } else {
    check('draft', { type: 'submit', role: ctx.role, reviewers: reviewerIds.length });
  }
  const id = crypto.randomUUID();
  const submitterName = nameOf(tx, ctx.userId);
  tx.insert(reviews)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      versionId: version.id,
      previousId: resubmission ? open!.review.id : null,
      status: 'in_review',
      dueDate: input.dueDate,
      message: input.message,
      submittedById: ctx.userId,
      submitterName,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  tx.insert(reviewReviewers)
    .values(reviewerIds.map((userId) => ({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, reviewId: id, userId, name: candidates.get(userId)!.name, decision: 'pending' as const, note: '', decidedAt: null })))
    .run();
  notify(tx, {
    workspaceId: ctx.workspaceId,
    recipients: reviewerIds,
    actorId: ctx.userId,
    kind: 'review_requested',
    params: { actor: submitterName, version: version.name, due: input.dueDate },
    href: reviewHref(id),
    permission: 'review.decide',
    now,
  });
  return {
    data: { id, resubmission },
    audit: {
      action: resubmission ? 'review.resubmit' : 'review.submit',
      entityType: 'review',
      entityId: id,
      changes: { versionId: version.id, version: version.name, reviewers: reviewerIds.length, dueDate: input.dueDate, ...(resubmission ? { replaces: open!.review.id } : {}) },
    },
  };
}

/** A named reviewer approves or asks for changes; the cycle's status follows every decision. */
export function decideReview(tx: Tx, ctx: MemberContext, input: DecideInput, now = new Date()): MutationOutcome<{ status: ReviewState }> {
  const review = getReviewRow(tx, ctx, input.reviewId);
  const reviewers = reviewersOf(tx, review.id);
  const mine = reviewers.find((r) => r.userId === ctx.userId);
  const next = check(review.status, {
    type: 'decide',
    role: ctx.role,
    isNamedReviewer: !!mine,
    decision: input.decision,
    others: reviewers.filter((r) => r !== mine).map((r) => r.decision),
  });
  tx.update(reviewReviewers).set({ decision: input.decision, note: input.note, decidedAt: now }).where(eq(reviewReviewers.id, mine!.id)).run();
  tx.update(reviews).set({ status: next as Review['status'], updatedAt: now }).where(eq(reviews.id, review.id)).run();
  const version = getVersion(tx, ctx, review.versionId);
  const actor = mine!.name;
  const base = { workspaceId: ctx.workspaceId, actorId: ctx.userId, href: reviewHref(review.id), now };
  notify(tx, {
    ...base,
    recipients: [review.submittedById],
    kind: input.decision === 'approved' ? 'review_approved' : 'changes_requested',
    params: { actor, version: version.name, body: input.note },
  });
  if (next === 'approved' && review.status !== 'approved') {
    notify(tx, { ...base, recipients: [review.submittedById, ...membersWith(tx, ctx.workspaceId, 'review.adopt')], kind: 'review_completed', params: { version: version.name }, actorId: null });
  }
  return {
    data: { status: next },
    audit: { action: 'review.decide', entityType: 'review', entityId: review.id, changes: { decision: input.decision, status: { from: review.status, to: next } } },
  };
}

/**
 * An admin records the adoption of an approved version: the day, the deciding body and the
 * deliberation's reference. The version becomes the adopted one; nothing changes it afterwards
 * (versions and adoptions refuse UPDATE), and later changes are a new draft.
 */
export function adoptReview(tx: Tx, ctx: MemberContext, input: AdoptInput, clock: Clock = systemClock): MutationOutcome<{ id: string }> {
  const review = getReviewRow(tx, ctx, input.reviewId);
  const next = check(review.status, { type: 'adopt', role: ctx.role });
  const now = clock();
  if (input.adoptedOn > isoDay(now)) throw new Invalid('invalid', { adoptedOn: 'reviewAdoptedInFuture' });
  if (getAdoptionOfVersion(tx, ctx.workspaceId, review.versionId)) throw new Conflict('reviewFinal');
  const version = getVersion(tx, ctx, review.versionId);
  const id = crypto.randomUUID();
  tx.insert(adoptions)
    .values({ id, workspaceId: ctx.workspaceId, versionId: version.id, reviewId: review.id, adoptedOn: input.adoptedOn, body: input.body, reference: input.reference, recordedById: ctx.userId, recorderName: nameOf(tx, ctx.userId), createdAt: now })
    .run();
  tx.update(reviews).set({ status: next as Review['status'], updatedAt: now }).where(eq(reviews.id, review.id)).run();
  notify(tx, {
    workspaceId: ctx.workspaceId,
    recipients: membersWith(tx, ctx.workspaceId, 'document.read'),
    actorId: ctx.userId,
    kind: 'adopted',
    params: { version: version.name, body: input.body, date: input.adoptedOn, reference: input.reference },
    href: `/document/versions/${version.id}`,
    now,
  });
  return {
    data: { id },
    audit: { action: 'review.adopt', entityType: 'document_version', entityId: version.id, changes: { adoptedOn: input.adoptedOn, body: input.body, reference: input.reference } },
  };
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

export type ReviewSummary = { id: string; status: Review['status']; versionId: string; versionName: string; dueDate: string; submitterName: string; createdAt: Date };

/** The review cycles of the workspace, latest first (one page). */
export function listReviews(tx: Tx, ctx: MemberContext, limit = 50): ReviewSummary[] {
  return tx
    .select({ id: reviews.id, status: reviews.status, versionId: reviews.versionId, versionName: documentVersions.name, dueDate: reviews.dueDate, submitterName: reviews.submitterName, createdAt: reviews.createdAt })
    .from(reviews)
    .innerJoin(documentVersions, eq(documentVersions.id, reviews.versionId))
    .where(eq(reviews.workspaceId, ctx.workspaceId))
    .orderBy(desc(reviews.createdAt))
    .limit(limit)
    .all();
}

/** Saved versions that may be submitted now: never submitted, newer than the adopted one and than the open cycle's. */
export function listSubmittableVersions(tx: Tx, ctx: MemberContext) {
  const submitted = new Set(tx.select({ versionId: reviews.versionId }).from(reviews).where(eq(reviews.workspaceId, ctx.workspaceId)).all().map((r) => r.versionId));
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

function threadOptions(tx: Tx, review: Review): ThreadOptions {
  const version = tx.select({ name: documentVersions.name }).from(documentVersions).where(eq(documentVersions.id, review.versionId)).get();
  return { href: reviewHref(review.id), audience: 'document.read', params: { version: version?.name ?? '' }, alsoTell: [review.submittedById] };
}

/**
 * Opens a thread on a section of the version under review. An anchor must quote the section's
 * frozen plain text: offsets that do not match are corrected when the quote occurs once, and a
 * quote absent from the section is refused.
 */
export function createReviewThread(tx: Tx, ctx: MemberContext, input: ThreadInput, now = new Date()): MutationOutcome<{ threadId: string }> {
  const review = getReviewRow(tx, ctx, input.reviewId);
  check(review.status, { type: 'comment', role: ctx.role });
  const version = getVersion(tx, ctx, review.versionId);
  const section = version.snapshot.sections.find((s) => s.id === input.sectionId);
  if (!section) throw new NotFound('reviewSectionNotFound');
  let anchor = input.anchor;
  if (anchor) {
    const text = section.kind === 'written' ? section.text : '';
    if (text.slice(anchor.start, anchor.end) !== anchor.quote) {
      const at = text.indexOf(anchor.quote);
      if (at < 0) throw new Invalid('invalid', { anchor: 'reviewQuoteNotFound' });
      anchor = { ...anchor, start: at, end: at + anchor.quote.length };
    }
  }
  const options = threadOptions(tx, review);
  options.params = { ...options.params, section: section.kind === 'written' ? section.title : (section.title ?? section.kind) };
  const { threadId, mentions } = openThread(tx, ctx, { scope: REVIEW_SCOPE, sectionId: section.id, versionId: version.id, reviewId: review.id }, input.body, anchor, options, now);
  return {
    data: { threadId },
    audit: { action: 'review.thread.open', entityType: 'comment_thread', entityId: threadId, changes: { reviewId: review.id, sectionId: section.id, anchored: !!anchor, mentions: mentions.length } },
  };
}

function reviewThread(tx: Tx, ctx: MemberContext, threadId: string) {
  const thread = getThread(tx, ctx, threadId, REVIEW_SCOPE);
  if (!thread.reviewId) throw new NotFound('reviewThreadNotFound');
  const review = getReviewRow(tx, ctx, thread.reviewId);
  return { thread, review };
}

/** Replies in a thread of an open review. */
export function replyToReviewThread(tx: Tx, ctx: MemberContext, input: ReplyInput, now = new Date()): MutationOutcome<{ commentId: string }> {
  const { thread, review } = reviewThread(tx, ctx, input.threadId);
  check(review.status, { type: 'comment', role: ctx.role });
  const { id, mentions } = replyInThread(tx, ctx, thread, input.body, threadOptions(tx, review), now);
  return { data: { commentId: id }, audit: { action: 'review.thread.reply', entityType: 'comment_thread', entityId: thread.id, changes: { commentId: id, mentions: mentions.length } } };
}

/** Resolves or reopens a thread of an open review: whoever opened it, or an editor/admin. */
export function setReviewThreadStatus(tx: Tx, ctx: MemberContext, input: ThreadStatusInput, now = new Date()): MutationOutcome<null> {
  const { thread, review } = reviewThread(tx, ctx, input.threadId);
  check(review.status, { type: 'comment', role: ctx.role });
  if (thread.createdById !== ctx.userId && !can(ctx.role, 'review.submit')) throw new Forbidden('reviewCannotResolve');
  if (thread.status === input.status) return { data: null, audit: [] };
  changeThreadStatus(tx, ctx, thread, input.status, now);
  return { data: null, audit: { action: input.status === 'resolved' ? 'review.thread.resolve' : 'review.thread.reopen', entityType: 'comment_thread', entityId: thread.id, changes: { status: { from: thread.status, to: input.status } } } };
}
