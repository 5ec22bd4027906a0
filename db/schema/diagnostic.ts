import { text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ownerAccountColumn } from './users';
import { DIAGNOSTIC_STATUSES, FOLLOW_UP_STATUSES } from '../enums/diagnostic';
import { timestampColumn, createdAtColumn, updatedAtColumn, timestamps, versionColumn, parentColumn } from './base-columns';
import { userColumn, workspaceTable } from './columns';

export * from '../enums/diagnostic';

/** The diagnostic a row belongs to (`diagnostic_id`); deleted with the diagnostic. */
export function diagnosticIdColumn() {
  return parentColumn('diagnostic_id', () => diagnostics.id);
}

/**
 * One self-assessment campaign of a workspace. It records the questionnaire version it was run
 * with, so that a later version of the questions never reinterprets an old diagnostic's answers.
 * Once `status` is `completed` its answers and assignments are frozen.
 */
export const diagnostics = workspaceTable(
  'diagnostics',
  {
    title: text('title').notNull(),
    /** The day the diagnostic is dated by, `YYYY-MM-DD`. */
    heldOn: text('held_on').notNull(),
    status: text('status', { enum: DIAGNOSTIC_STATUSES }).notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    createdBy: userColumn('created_by'),
    completedBy: userColumn('completed_by'),
    completedAt: timestampColumn('completed_at'),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index('diagnostics_workspace_held_idx').on(t.workspaceId, t.heldOn)],
);

/** Who answers which dimension of a diagnostic (a department's point person, for example). */
export const diagnosticAssignments = workspaceTable(
  'diagnostic_assignments',
  {
    diagnosticId: diagnosticIdColumn(),
    dimension: text('dimension').notNull(),
    userId: ownerAccountColumn(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('diagnostic_assignments_unique_idx').on(t.diagnosticId, t.dimension, t.userId),
    index('diagnostic_assignments_workspace_user_idx').on(t.workspaceId, t.userId),
  ],
);

/**
 * One answer per question and diagnostic. `value` is a level 0–4 for maturity questions, a number
 * (or null for "not known") for figures, an option key for choices, a list of codes for languages.
 */
export const diagnosticAnswers = workspaceTable(
  'diagnostic_answers',
  {
    diagnosticId: diagnosticIdColumn(),
    dimension: text('dimension').notNull(),
    questionKey: text('question_key').notNull(),
    value: text('value', { mode: 'json' }).$type<number | string | string[] | null>(),
    evidence: text('evidence'),
    answeredBy: userColumn('answered_by'),
    updatedAt: updatedAtColumn(),
  },
  (t) => [uniqueIndex('diagnostic_answers_question_idx').on(t.diagnosticId, t.questionKey), index('diagnostic_answers_workspace_idx').on(t.workspaceId)],
);

/** A recommendation turned into something someone must do, so it can be traced into the strategy. */
export const diagnosticFollowUps = workspaceTable(
  'diagnostic_follow_ups',
  {
    diagnosticId: diagnosticIdColumn(),
    /** The finding rule whose recommendation this item carries out. */
    ruleKey: text('rule_key').notNull(),
    title: text('title').notNull(),
    ownerId: userColumn('owner_id'),
    dueOn: text('due_on'),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull(),
    version: versionColumn(),
    createdBy: userColumn('created_by'),
    ...timestamps(),
  },
  (t) => [index('diagnostic_follow_ups_workspace_idx').on(t.workspaceId, t.status), index('diagnostic_follow_ups_diagnostic_idx').on(t.diagnosticId)],
);

export type Diagnostic = typeof diagnostics.$inferSelect;
export type DiagnosticAnswer = typeof diagnosticAnswers.$inferSelect;
export type DiagnosticAssignment = typeof diagnosticAssignments.$inferSelect;
export type DiagnosticFollowUp = typeof diagnosticFollowUps.$inferSelect;
