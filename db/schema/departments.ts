import { text, integer, index } from 'drizzle-orm/sqlite-core';
import { actors } from './actors';

/** Where a department's money comes from (shared with external actions' budget lines). */
import { FUNDING_SOURCES } from '../enums/departments';
import { createdAtColumn, timestamps, versionColumn, parentColumn, optionalLinkColumn } from './base-columns';
import { userColumn, workspaceTable } from './columns';

export * from '../enums/departments';

/**
 * A directorate or service of the authority. Its point person is a member (a contributor edits
 * the actions their department takes part in) or, when they have no account, an internal actor.
 */
export const departments = workspaceTable(
  'departments',
  {
    name: text('name').notNull(),
    description: text('description'),
    pointPersonUserId: userColumn('point_person_user_id'),
    pointPersonActorId: optionalLinkColumn('point_person_actor_id', () => actors.id),
    /** ISO 639 codes of the languages the department's agents speak. */
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index('departments_workspace_name_idx').on(t.workspaceId, t.name), index('departments_point_person_idx').on(t.workspaceId, t.pointPersonUserId)],
);

/**
 * International spending in a department's own budget that is not recorded under an action
 * (interpreting, language courses, hosting costs…), so the consolidated budget misses nothing.
 */
export const departmentBudgetLines = workspaceTable(
  'department_budget_lines',
  {
    departmentId: parentColumn('department_id', () => departments.id),
    label: text('label').notNull(),
    year: integer('year').notNull(),
    /** In euro cents. */
    amountCents: integer('amount_cents').notNull(),
    fundingSource: text('funding_source', { enum: FUNDING_SOURCES }).notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('department_budget_lines_workspace_idx').on(t.workspaceId, t.year), index('department_budget_lines_department_idx').on(t.departmentId)],
);

export type Department = typeof departments.$inferSelect;
export type DepartmentBudgetLine = typeof departmentBudgetLines.$inferSelect;
