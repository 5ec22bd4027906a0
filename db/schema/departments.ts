import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { workspaces } from './workspaces';
import { users } from './users';
import { actors } from './actors';

/** Where a department's money comes from (shared with external actions' budget lines). */
import { FUNDING_SOURCES } from '../enums/departments';

export * from '../enums/departments';

/**
 * A directorate or service of the authority. Its point person is a member (a contributor edits
 * the actions their department takes part in) or, when they have no account, an internal actor.
 */
export const departments = sqliteTable(
  'departments',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    pointPersonUserId: text('point_person_user_id').references(() => users.id, { onDelete: 'set null' }),
    pointPersonActorId: text('point_person_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    /** ISO 639 codes of the languages the department's agents speak. */
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    /** Optimistic concurrency: a save must name the version it was loaded with (lib/concurrency.ts). */
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('departments_workspace_name_idx').on(t.workspaceId, t.name), index('departments_point_person_idx').on(t.workspaceId, t.pointPersonUserId)],
);

/**
 * International spending in a department's own budget that is not recorded under an action
 * (interpreting, language courses, hosting costs…), so the consolidated budget misses nothing.
 */
export const departmentBudgetLines = sqliteTable(
  'department_budget_lines',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    year: integer('year').notNull(),
    /** In euro cents. */
    amountCents: integer('amount_cents').notNull(),
    fundingSource: text('funding_source', { enum: FUNDING_SOURCES }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('department_budget_lines_workspace_idx').on(t.workspaceId, t.year), index('department_budget_lines_department_idx').on(t.departmentId)],
);

export type Department = typeof departments.$inferSelect;
export type DepartmentBudgetLine = typeof departmentBudgetLines.$inferSelect;
