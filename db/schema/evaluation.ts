import { text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAtColumn, parentColumn } from './base-columns';
import { userColumn, authorColumns, adoptionColumns, workspaceTable } from './columns';

/** The written chapters of a yearly evaluation, each a collaborative document `evaluation:<id>:<chapter>`. */
export const EVALUATION_CHAPTERS = ['summary', 'lessons', 'nextYear'] as const;
export type EvaluationChapter = (typeof EVALUATION_CHAPTERS)[number];

/** The evaluation a row belongs to (`evaluation_id`); deleted with the evaluation. */
export function evaluationIdColumn() {
  return parentColumn('evaluation_id', () => evaluations.id);
}

/** A workspace's evaluation of one year (issue 21.4): one per year. Its data chapters are assembled live. */
export const evaluations = workspaceTable(
  'evaluations',
  {
    year: integer('year').notNull(),
    createdBy: userColumn('created_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('evaluations_workspace_year_idx').on(t.workspaceId, t.year)],
);

/**
 * A frozen version of an evaluation: every data chapter's figures and every written chapter's text
 * as they were. A trigger in the migration refuses any UPDATE, so later changes never alter it.
 */
export const evaluationVersions = workspaceTable(
  'evaluation_versions',
  {
    evaluationId: evaluationIdColumn(),
    number: integer('number').notNull(),
    /** lib/evaluation/types.ts EvaluationSnapshot, as JSON. */
    snapshot: text('snapshot', { mode: 'json' }).$type<unknown>().notNull(),
    ...authorColumns(),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('evaluation_versions_number_idx').on(t.evaluationId, t.number), index('evaluation_versions_workspace_idx').on(t.workspaceId)],
);

/** The adoption of one frozen version by the deciding body; one per evaluation, never rewritten (trigger). */
export const evaluationAdoptions = workspaceTable(
  'evaluation_adoptions',
  {
    evaluationId: evaluationIdColumn(),
    versionId: parentColumn('version_id', () => evaluationVersions.id),
    ...adoptionColumns(),
  },
  (t) => [uniqueIndex('evaluation_adoptions_evaluation_idx').on(t.evaluationId), index('evaluation_adoptions_workspace_idx').on(t.workspaceId)],
);

export type Evaluation = typeof evaluations.$inferSelect;
export type EvaluationVersion = typeof evaluationVersions.$inferSelect;
export type EvaluationAdoption = typeof evaluationAdoptions.$inferSelect;
