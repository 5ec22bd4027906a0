import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { evaluationReviewers, evaluationReviews, evaluations, evaluationVersions } from '@/db/schema';
import type { EvaluationReview, EvaluationReviewer } from '@/db/schema/evaluation-review';
import type { MemberContext } from '@/lib/auth/member';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { membersWith, notify } from '@/lib/notifications/notify';
import { listReviewerCandidates } from '@/lib/review/read-queries';
import { chosenReviewers, insertSubmittedCycle, recordDecision, setCycleStatus, requestDecisions } from '@/lib/review/reviewers';
import { getInWorkspace } from '@/lib/workspace-rows';
import { isoDay, systemClock, type Clock } from '@/lib/strategy/progress';
import { evaluationReviewTransition, isOpenReview, type EvaluationReviewEvent, type EvaluationReviewState } from './review-state';
import type { DecideEvaluationReviewInput, SubmitEvaluationReviewInput } from './schemas';

// The review of a yearly evaluation (issue 21.4): submit a frozen version, named reviewers decide,
// an admin adopts only an approved version (lib/evaluation/queries.ts adoptEvaluation).

/** Applies the state machine, or throws its refusal as the error a person reads. */
export function checkEvaluationReview(state: EvaluationReviewState, event: EvaluationReviewEvent): EvaluationReviewState {
  const result = evaluationReviewTransition(state, event);
  if (result.ok) return result.next;
  if (result.reason === 'forbidden' || result.reason === 'evaluationReviewNotNamed') throw new Forbidden(result.reason);
  if (result.reason === 'evaluationReviewNoReviewers') throw new Invalid('invalid', { reviewerIds: 'evaluationReviewersRequired' });
  throw new Conflict(result.reason);
}

const versionHref = (year: number, versionId: string) => `/evaluation/${year}?version=${versionId}`;

function frozenVersion(tx: Tx, ctx: MemberContext, versionId: string) {
  const row = tx
    .select({ id: evaluationVersions.id, evaluationId: evaluationVersions.evaluationId, number: evaluationVersions.number, year: evaluations.year })
    .from(evaluationVersions)
    .innerJoin(evaluations, eq(evaluations.id, evaluationVersions.evaluationId))
    .where(and(eq(evaluationVersions.id, versionId), eq(evaluationVersions.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('evaluationVersionNotFound');
  return row;
}

/** The review cycle of a frozen version, or null when it was never submitted. */
export function reviewOfVersion(tx: Tx, ctx: MemberContext, versionId: string): EvaluationReview | null {
  return (
    tx
      .select()
      .from(evaluationReviews)
      .where(and(eq(evaluationReviews.versionId, versionId), eq(evaluationReviews.workspaceId, ctx.workspaceId)))
      .get() ?? null
  );
}

export type EvaluationReviewView = EvaluationReview & { versionNumber: number; reviewers: EvaluationReviewer[] };

/** Every review cycle of an evaluation, newest first, with its version's number and its reviewers' decisions. */
export function listEvaluationReviews(tx: Tx, ctx: MemberContext, evaluationId: string): EvaluationReviewView[] {
  const rows = tx
    .select({ review: evaluationReviews, versionNumber: evaluationVersions.number })
    .from(evaluationReviews)
    .innerJoin(evaluationVersions, eq(evaluationVersions.id, evaluationReviews.versionId))
    .where(and(eq(evaluationReviews.evaluationId, evaluationId), eq(evaluationReviews.workspaceId, ctx.workspaceId)))
    .orderBy(desc(evaluationVersions.number))
    .all();
  if (rows.length === 0) return [];
  const reviewers = tx
    .select()
    .from(evaluationReviewers)
    .where(
      inArray(
        evaluationReviewers.reviewId,
        rows.map((r) => r.review.id),
      ),
    )
    .orderBy(asc(evaluationReviewers.name))
    .all();
  return rows.map((r) => ({ ...r.review, versionNumber: r.versionNumber, reviewers: reviewers.filter((x) => x.reviewId === r.review.id) }));
}

/** The members who may be named reviewers of an evaluation: those who review the strategy. */
export function evaluationReviewerCandidates(tx: Tx, ctx: MemberContext) {
  return listReviewerCandidates(tx, ctx).filter((c) => c.userId !== ctx.userId);
}

/**
 * Submits a frozen version for review to named reviewers, who are notified. While an older
 * version's cycle is open, the newer one replaces it (superseded) and every decision starts again.
 */
export function submitEvaluationReview(
  tx: Tx,
  ctx: MemberContext,
  input: SubmitEvaluationReviewInput,
  clock: Clock = systemClock,
): MutationOutcome<{ id: string }> {
  const version = frozenVersion(tx, ctx, input.versionId);
  const now = clock();
  if (input.dueOn < isoDay(now)) throw new Invalid('invalid', { dueOn: 'evaluationReviewDuePast' });
  const candidates = new Map(listReviewerCandidates(tx, ctx).map((c) => [c.userId, c.name]));
  const reviewerIds = chosenReviewers(ctx, input.reviewerIds, (id) => candidates.has(id), {
    self: 'evaluationReviewSelf',
    notEligible: 'evaluationReviewerNotEligible',
  });
  const cycles = listEvaluationReviews(tx, ctx, version.evaluationId);
  if (cycles.some((c) => c.status === 'adopted')) throw new Conflict('evaluationAlreadyAdopted');
  const own = cycles.find((c) => c.versionId === version.id);
  const open = cycles.find((c) => isOpenReview(c.status));
  if (own) checkEvaluationReview(own.status, { type: 'submit', role: ctx.role, reviewers: reviewerIds.length });
  if (open) {
    const next = checkEvaluationReview(open.status, {
      type: 'resubmit',
      role: ctx.role,
      reviewers: reviewerIds.length,
      newer: version.number > open.versionNumber,
    });
    setCycleStatus(tx, evaluationReviews, open.id, next, now);
  } else {
    checkEvaluationReview('frozen', { type: 'submit', role: ctx.role, reviewers: reviewerIds.length });
  }
  const { id, submitterName } = insertSubmittedCycle(
    tx,
    ctx,
    { cycles: evaluationReviews, reviewers: evaluationReviewers },
    { evaluationId: version.evaluationId, versionId: version.id, dueOn: input.dueOn },
    { message: input.message, reviewerIds, reviewerName: (userId) => candidates.get(userId)! },
    now,
  );
  requestDecisions(
    tx,
    ctx,
    reviewerIds,
    {
      kind: 'evaluation_review_requested',
      params: { actor: submitterName, year: String(version.year), number: String(version.number), due: input.dueOn },
      href: versionHref(version.year, version.id),
    },
    now,
  );
  return {
    data: { id },
    audit: {
      action: open ? 'evaluation.resubmitReview' : 'evaluation.submitReview',
      entityType: 'evaluation',
      entityId: version.evaluationId,
      changes: { versionId: version.id, number: version.number, reviewers: reviewerIds.length, dueOn: input.dueOn, ...(open ? { replaces: open.id } : {}) },
    },
  };
}

/** A named reviewer approves the version or sends it back with a note; the submitter is told, and admins once all approve. */
export function decideEvaluationReview(
  tx: Tx,
  ctx: MemberContext,
  input: DecideEvaluationReviewInput,
  now = new Date(),
): MutationOutcome<{ status: EvaluationReviewState }> {
  const review = getInWorkspace(tx, evaluationReviews, ctx, input.reviewId, 'evaluationReviewNotFound');
  const reviewers = tx.select().from(evaluationReviewers).where(eq(evaluationReviewers.reviewId, review.id)).all();
  const tables = { cycles: evaluationReviews, reviewers: evaluationReviewers };
  const { mine, next } = recordDecision(tx, ctx, tables, review, reviewers, input, checkEvaluationReview, now);
  const version = frozenVersion(tx, ctx, review.versionId);
  const base = { workspaceId: ctx.workspaceId, href: versionHref(version.year, version.id), now };
  const params = { year: String(version.year), number: String(version.number) };
  notify(tx, {
    ...base,
    recipients: [review.submittedById],
    actorId: ctx.userId,
    kind: 'evaluation_reviewed',
    params: { ...params, actor: mine.name, decision: input.decision, body: input.note },
  });
  if (next === 'approved') {
    notify(tx, {
      ...base,
      recipients: [review.submittedById, ...membersWith(tx, ctx.workspaceId, 'evaluation.adopt')],
      kind: 'evaluation_review_completed',
      params,
    });
  }
  return {
    data: { status: next },
    audit: {
      action: 'evaluation.decideReview',
      entityType: 'evaluation',
      entityId: review.evaluationId,
      changes: { reviewId: review.id, decision: input.decision, note: input.note, status: { from: review.status, to: next } },
    },
  };
}
