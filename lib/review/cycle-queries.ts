import 'server-only';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { adoptions, reviewReviewers, reviews } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Invalid } from '@/lib/errors';
import { isoDay, systemClock, type Clock } from '@/lib/strategy/progress';
import { getVersion } from '@/lib/strategy-document/queries';
import { membersWith, notify } from '@/lib/notifications/notify';
import { type ReviewState } from './state-machine';
import { chosenReviewers, insertSubmittedCycle, recordDecision, setCycleStatus, requestDecisions } from './reviewers';
import type { AdoptInput, DecideInput, SubmitReviewInput } from './schemas';
import { check, currentReview, getAdoptedVersion, getAdoptionOfVersion, getReviewRow, listReviewerCandidates, nameOf, reviewersOf } from './read-queries';

// The review cycle: submit, decide, adopt.

export const reviewHref = (reviewId: string) => `/document/review/${reviewId}`;

/**
 * Submits a saved version for review, naming reviewers and a due date. When a cycle is open
 * (in review, changes requested or approved), this is a resubmission: the newer version replaces
 * it, every decision starts again as pending, and the cycle it replaces is superseded.
 */
export function submitReview(
  tx: Tx,
  ctx: MemberContext,
  input: SubmitReviewInput,
  clock: Clock = systemClock,
): MutationOutcome<{ id: string; resubmission: boolean }> {
  const version = getVersion(tx, ctx, input.versionId);
  if (tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.versionId, version.id)).get()) throw new Conflict('reviewAlreadySubmitted');
  const now = clock();
  if (input.dueDate < isoDay(now)) throw new Invalid('invalid', { dueDate: 'reviewDueDatePast' });
  const candidates = new Map(listReviewerCandidates(tx, ctx).map((c) => [c.userId, c]));
  const reviewerIds = chosenReviewers(ctx, input.reviewerIds, (id) => candidates.has(id), {
    self: 'reviewSelfReview',
    notEligible: 'reviewReviewerNotEligible',
  });
  const adopted = getAdoptedVersion(tx, ctx.workspaceId);
  if (adopted) {
    const adoptedAt = getVersion(tx, ctx, adopted.versionId).createdAt;
    if (version.createdAt <= adoptedAt) throw new Conflict('reviewOlderThanAdopted');
  }
  const open = currentReview(tx, ctx.workspaceId);
  const resubmission = !!open && open.review.status !== 'adopted';
  if (open && resubmission) {
    const next = check(open.review.status, {
      type: 'resubmit',
      role: ctx.role,
      reviewers: reviewerIds.length,
      sameVersion: open.review.versionId === version.id,
    });
    if (version.createdAt <= open.versionCreatedAt) throw new Conflict('reviewNotNewer');
    setCycleStatus(tx, reviews, open.review.id, next, now);
  } else {
    check('draft', { type: 'submit', role: ctx.role, reviewers: reviewerIds.length });
  }
  const { id, submitterName } = insertSubmittedCycle(
    tx,
    ctx,
    { cycles: reviews, reviewers: reviewReviewers },
    { versionId: version.id, previousId: resubmission ? open!.review.id : null, dueDate: input.dueDate },
    { message: input.message, reviewerIds, reviewerName: (userId) => candidates.get(userId)!.name },
    now,
  );
  requestDecisions(
    tx,
    ctx,
    reviewerIds,
    { kind: 'review_requested', params: { actor: submitterName, version: version.name, due: input.dueDate }, href: reviewHref(id) },
    now,
  );
  return {
    data: { id, resubmission },
    audit: {
      action: resubmission ? 'review.resubmit' : 'review.submit',
      entityType: 'review',
      entityId: id,
      changes: {
        versionId: version.id,
        version: version.name,
        reviewers: reviewerIds.length,
        dueDate: input.dueDate,
        ...(resubmission ? { replaces: open!.review.id } : {}),
      },
    },
  };
}

/** A named reviewer approves or asks for changes; the cycle's status follows every decision. */
export function decideReview(tx: Tx, ctx: MemberContext, input: DecideInput, now = new Date()): MutationOutcome<{ status: ReviewState }> {
  const review = getReviewRow(tx, ctx, input.reviewId);
  const { mine, next } = recordDecision(tx, ctx, { cycles: reviews, reviewers: reviewReviewers }, review, reviewersOf(tx, review.id), input, check, now);
  const version = getVersion(tx, ctx, review.versionId);
  const actor = mine.name;
  const base = { workspaceId: ctx.workspaceId, actorId: ctx.userId, href: reviewHref(review.id), now };
  notify(tx, {
    ...base,
    recipients: [review.submittedById],
    kind: input.decision === 'approved' ? 'review_approved' : 'changes_requested',
    params: { actor, version: version.name, body: input.note },
  });
  if (next === 'approved' && review.status !== 'approved') {
    notify(tx, {
      ...base,
      recipients: [review.submittedById, ...membersWith(tx, ctx.workspaceId, 'review.adopt')],
      kind: 'review_completed',
      params: { version: version.name },
      actorId: null,
    });
  }
  return {
    data: { status: next },
    audit: {
      action: 'review.decide',
      entityType: 'review',
      entityId: review.id,
      changes: { decision: input.decision, status: { from: review.status, to: next } },
    },
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
    .values({
      id,
      workspaceId: ctx.workspaceId,
      versionId: version.id,
      reviewId: review.id,
      adoptedOn: input.adoptedOn,
      body: input.body,
      reference: input.reference,
      recordedById: ctx.userId,
      recorderName: nameOf(tx, ctx.userId),
      createdAt: now,
    })
    .run();
  setCycleStatus(tx, reviews, review.id, next, now);
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
    audit: {
      action: 'review.adopt',
      entityType: 'document_version',
      entityId: version.id,
      changes: { adoptedOn: input.adoptedOn, body: input.body, reference: input.reference },
    },
  };
}
