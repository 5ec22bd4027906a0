import { text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { documentVersions } from './strategy-document';
import { timestampColumn, createdAtColumn, timestamps, parentColumn, optionalLinkColumn, optionalParentColumn } from './base-columns';
import { userColumn, authorColumns, submissionColumns, adoptionColumns, workspaceTable } from './columns';

/** Where a review cycle of one saved version stands (lib/review/state-machine.ts moves it). */
export const REVIEW_STATUSES = ['in_review', 'changes_requested', 'approved', 'adopted', 'superseded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_DECISIONS = ['pending', 'approved', 'changes_requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * One saved version submitted for review. A resubmission is a new row for the new version,
 * pointing at the one it replaces (`previousId`), which becomes `superseded`.
 */
export const reviews = workspaceTable(
  'reviews',
  {
    versionId: parentColumn('version_id', () => documentVersions.id),
    previousId: text('previous_id'),
    status: text('status', { enum: REVIEW_STATUSES }).notNull(),
    /** The day by which reviewers are asked to decide, YYYY-MM-DD. */
    dueDate: text('due_date').notNull(),
    message: text('message').notNull().default(''),
    ...submissionColumns(),
  },
  (t) => [index('reviews_workspace_created_idx').on(t.workspaceId, t.createdAt), uniqueIndex('reviews_version_idx').on(t.versionId)],
);

/** A person named to review, and their decision on this review cycle. */
export const reviewReviewers = workspaceTable(
  'review_reviewers',
  {
    reviewId: parentColumn('review_id', () => reviews.id),
    userId: userColumn('user_id'),
    /** Kept so that the review still says who decided after the account is gone. */
    name: text('name').notNull(),
    decision: text('decision', { enum: REVIEW_DECISIONS }).notNull(),
    note: text('note').notNull().default(''),
    decidedAt: timestampColumn('decided_at'),
  },
  (t) => [uniqueIndex('review_reviewers_review_user_idx').on(t.reviewId, t.userId), index('review_reviewers_workspace_idx').on(t.workspaceId)],
);

/**
 * The adoption of an approved version by the deciding body. One per version; a trigger in the
 * migration refuses any UPDATE or DELETE, so an adoption, like the version it names, is frozen.
 */
export const adoptions = workspaceTable(
  'adoptions',
  {
    versionId: parentColumn('version_id', () => documentVersions.id),
    reviewId: optionalLinkColumn('review_id', () => reviews.id),
    ...adoptionColumns(),
  },
  (t) => [uniqueIndex('adoptions_version_idx').on(t.versionId), index('adoptions_workspace_idx').on(t.workspaceId, t.adoptedOn)],
);

/**
 * A discussion on one section: of a saved version (`versionId`, the review's comments, anchored
 * to a passage of the version's frozen plain text) or of the live document (`versionId` null,
 * for instance a partner's comments on a shared section). `scope` says which conversation it
 * belongs to ('review', or another module's key such as 'partnership:<id>').
 */
export const commentThreads = workspaceTable(
  'comment_threads',
  {
    scope: text('scope').notNull(),
    sectionId: text('section_id').notNull(),
    versionId: optionalParentColumn('version_id', () => documentVersions.id),
    reviewId: optionalParentColumn('review_id', () => reviews.id),
    /** The passage commented on: its text and offsets in the section's plain text (null: the whole section). */
    quote: text('quote'),
    anchorStart: integer('anchor_start'),
    anchorEnd: integer('anchor_end'),
    status: text('status', { enum: ['open', 'resolved'] }).notNull(),
    createdById: userColumn('created_by_id'),
    resolvedById: userColumn('resolved_by_id'),
    resolvedAt: timestampColumn('resolved_at'),
    ...timestamps(),
  },
  (t) => [index('comment_threads_workspace_scope_idx').on(t.workspaceId, t.scope, t.sectionId), index('comment_threads_version_idx').on(t.versionId)],
);

/** One message of a thread; `mentions` holds the ids of the members it names. */
export const comments = workspaceTable(
  'comments',
  {
    threadId: parentColumn('thread_id', () => commentThreads.id),
    ...authorColumns(),
    body: text('body').notNull(),
    mentions: text('mentions', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('comments_thread_idx').on(t.threadId, t.createdAt), index('comments_workspace_idx').on(t.workspaceId)],
);

export type Review = typeof reviews.$inferSelect;
export type ReviewReviewer = typeof reviewReviewers.$inferSelect;
export type Adoption = typeof adoptions.$inferSelect;
export type CommentThread = typeof commentThreads.$inferSelect;
export type Comment = typeof comments.$inferSelect;
