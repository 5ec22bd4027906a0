import { text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { evaluationVersions, evaluationIdColumn } from './evaluation';
import { REVIEW_DECISIONS, REVIEW_STATUSES, type ReviewDecision, type ReviewStatus } from './review';
import { timestampColumn, parentColumn } from './base-columns';
import { userColumn, submissionColumns, workspaceTable } from './columns';

/**
 * The states of an evaluation's review cycle (issue 21.4, docs/decisions/0033), the same as the
 * strategy document's (db/schema/review.ts): a frozen version is submitted (`in_review`), its named
 * reviewers approve or send it back (`changes_requested`), once all approve it is `approved` and
 * may be adopted (`adopted`); a newer version submitted in its place makes it `superseded`.
 */
export const EVALUATION_REVIEW_STATUSES = REVIEW_STATUSES;
export type EvaluationReviewStatus = ReviewStatus;
export const EVALUATION_REVIEW_DECISIONS = REVIEW_DECISIONS;
export type EvaluationReviewDecision = ReviewDecision;

/** One review cycle of one frozen version of an evaluation; a version is submitted at most once. */
export const evaluationReviews = workspaceTable(
  'evaluation_reviews',
  {
    evaluationId: evaluationIdColumn(),
    versionId: parentColumn('version_id', () => evaluationVersions.id),
    status: text('status', { enum: EVALUATION_REVIEW_STATUSES }).notNull(),
    /** YYYY-MM-DD, the day the reviewers are asked to answer by. */
    dueOn: text('due_on').notNull(),
    message: text('message').notNull(),
    ...submissionColumns(),
  },
  (t) => [
    uniqueIndex('evaluation_reviews_version_idx').on(t.versionId),
    index('evaluation_reviews_evaluation_idx').on(t.evaluationId),
    index('evaluation_reviews_workspace_idx').on(t.workspaceId),
  ],
);

/** A named reviewer of a cycle and their decision (a note is required to send the version back). */
export const evaluationReviewers = workspaceTable(
  'evaluation_reviewers',
  {
    reviewId: parentColumn('review_id', () => evaluationReviews.id),
    userId: userColumn('user_id'),
    name: text('name').notNull(),
    decision: text('decision', { enum: EVALUATION_REVIEW_DECISIONS }).notNull(),
    note: text('note').notNull(),
    decidedAt: timestampColumn('decided_at'),
  },
  (t) => [uniqueIndex('evaluation_reviewers_review_user_idx').on(t.reviewId, t.userId), index('evaluation_reviewers_workspace_idx').on(t.workspaceId)],
);

export type EvaluationReview = typeof evaluationReviews.$inferSelect;
export type EvaluationReviewer = typeof evaluationReviewers.$inferSelect;
