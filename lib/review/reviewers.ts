import 'server-only';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import type { Role } from '@/db/schema/workspaces';
import type { ReviewDecision } from '@/db/schema/review';
import { Invalid } from '@/lib/errors';
import { notify, type NotifyInput } from '@/lib/notifications/notify';
import { userName } from '@/lib/user-names';

// The named reviewers of a review cycle, handled the same way by the strategy document's review
// (./cycle-queries.ts) and the yearly evaluation's (lib/evaluation/review-queries.ts): who may be
// named, the new cycle's columns and rows when a version is submitted, the request they are sent,
// and the `decide` event when one of them decides.

type Caller = { userId: string; role: Role; workspaceId: string };

/**
 * The reviewers named in a submission, once each; refuses naming oneself (`refusals.self`) or a
 * member who may not review (`refusals.notEligible`), both on the `reviewerIds` field.
 */
export function chosenReviewers(
  ctx: Caller,
  ids: readonly string[],
  isEligible: (userId: string) => boolean,
  refusals: { self: string; notEligible: string },
): string[] {
  const reviewerIds = [...new Set(ids)];
  if (reviewerIds.includes(ctx.userId)) throw new Invalid('invalid', { reviewerIds: refusals.self });
  if (reviewerIds.some((id) => !isEligible(id))) throw new Invalid('invalid', { reviewerIds: refusals.notEligible });
  return reviewerIds;
}

/** The columns every newly submitted cycle starts with (the caller submits it, in review). */
export function submittedCycleValues(ctx: Caller, submitterName: string, message: string, now: Date) {
  return { workspaceId: ctx.workspaceId, status: 'in_review' as const, message, submittedById: ctx.userId, submitterName, createdAt: now, updatedAt: now };
}

/** The reviewer rows of a new cycle: every named reviewer, decision pending. */
export function pendingReviewerRows(workspaceId: string, reviewId: string, reviewerIds: readonly string[], nameOf: (userId: string) => string) {
  return reviewerIds.map((userId) => ({
    id: crypto.randomUUID(),
    workspaceId,
    reviewId,
    userId,
    name: nameOf(userId),
    decision: 'pending' as const,
    note: '',
    decidedAt: null,
  }));
}

/**
 * Inserts a newly submitted cycle into `tables.cycles` (its own `values`, then the columns every
 * new cycle starts with) and its named reviewers, decisions pending, into `tables.reviewers`;
 * returns the cycle's id and the submitter's name.
 */
export function insertSubmittedCycle<C extends SQLiteTable>(
  tx: Tx,
  ctx: Caller,
  tables: { cycles: C; reviewers: SQLiteTable },
  values: Omit<C['$inferInsert'], 'id' | keyof ReturnType<typeof submittedCycleValues>>,
  submission: { message: string; reviewerIds: readonly string[]; reviewerName: (userId: string) => string },
  now: Date,
) {
  const id = crypto.randomUUID();
  const submitterName = userName(tx, ctx.userId);
  tx.insert(tables.cycles as SQLiteTable)
    .values({ id, ...values, ...submittedCycleValues(ctx, submitterName, submission.message, now) })
    .run();
  tx.insert(tables.reviewers)
    .values(pendingReviewerRows(ctx.workspaceId, id, submission.reviewerIds, submission.reviewerName))
    .run();
  return { id, submitterName };
}

/** Tells the named reviewers (those who may still decide) that a version awaits their decision. */
export function requestDecisions(tx: Tx, ctx: Caller, reviewerIds: string[], request: Pick<NotifyInput, 'kind' | 'params' | 'href'>, now: Date) {
  notify(tx, { workspaceId: ctx.workspaceId, recipients: reviewerIds, actorId: ctx.userId, ...request, permission: 'review.decide', now });
}

/**
 * The caller's own reviewer row (if they are named) and the `decide` event the state machines
 * take: the caller's decision, with everyone else's as they stand.
 */
export function decideEvent<R extends { userId: string | null; decision: ReviewDecision }>(
  ctx: Caller,
  reviewers: readonly R[],
  decision: Exclude<ReviewDecision, 'pending'>,
) {
  const mine = reviewers.find((r) => r.userId === ctx.userId);
  const event = {
    type: 'decide' as const,
    role: ctx.role,
    isNamedReviewer: !!mine,
    decision,
    others: reviewers.filter((r) => r !== mine).map((r) => r.decision),
  };
  return { mine, event };
}

/** A table of review cycles or of their named reviewers: rows found by `id`. */
type ById = SQLiteTable & { id: SQLiteColumn };

/**
 * Records the caller's decision on a cycle: the `decide` event through the cycle's state machine
 * (`check` throws its refusal), then the caller's reviewer row and the cycle's new status. Returns
 * the caller's reviewer row and the cycle's new status.
 */
export function recordDecision<S extends string, R extends { id: string; userId: string | null; decision: ReviewDecision; name: string }>(
  tx: Tx,
  ctx: Caller,
  tables: { cycles: ById; reviewers: ById },
  cycle: { id: string; status: S },
  reviewers: readonly R[],
  input: { decision: Exclude<ReviewDecision, 'pending'>; note: string },
  check: (state: S, event: ReturnType<typeof decideEvent<R>>['event']) => S,
  now: Date,
): { mine: R; next: S } {
  const { mine, event } = decideEvent(ctx, reviewers, input.decision);
  const next = check(cycle.status, event);
  tx.update(tables.reviewers).set({ decision: input.decision, note: input.note, decidedAt: now }).where(eq(tables.reviewers.id, mine!.id)).run();
  setCycleStatus(tx, tables.cycles, cycle.id, next, now);
  return { mine: mine!, next };
}

/** Moves a review cycle (of `cycles`: the document's reviews, the evaluation's) to `status`, stamping `updatedAt`. */
export function setCycleStatus(tx: Tx, cycles: ById, id: string, status: string, now: Date) {
  tx.update(cycles).set({ status, updatedAt: now }).where(eq(cycles.id, id)).run();
}
