import type { BuildColumns } from 'drizzle-orm';
import { sqliteTable, text, type SQLiteColumnBuilderBase, type SQLiteTableExtraConfigValue } from 'drizzle-orm/sqlite-core';
// base-columns (and drizzle) before the tables: workspaces.ts imports actors.ts, which calls the
// builders below while this module may still be importing workspaces.ts (a table whose key another
// table names makes that cycle). Everything a builder calls is imported before the tables, and
// workspaceTable lives here rather than in a module of its own, which would then be half-loaded
// (db/schema/entry-order.test.ts loads every schema module first).
import { createdAtColumn, extensionKeyColumn, idColumn, optionalLinkColumn, parentColumn, timestamps } from './base-columns';
import { users } from './users';
import { workspaces } from './workspaces';

// Column builders shared by the tables: each returns a new builder with exactly the SQL of the
// column it replaces (name, type, nullability, default, foreign key), so using one changes no
// migration. The ones that name no table live in base-columns.ts (users.ts and workspaces.ts use
// them: this module imports those two tables).

/** The workspace a row belongs to; deleting the workspace deletes the row. */
export function workspaceIdColumn() {
  return parentColumn('workspace_id', () => workspaces.id);
}

/** The key of a workspace's one row of a table (its settings, its publication); deleted with the workspace. */
export function workspaceKeyColumn() {
  return extensionKeyColumn('workspace_id', () => workspaces.id);
}

/** The member who did something (created, recorded, decided…): null once their account is gone. */
export function userColumn(name: string) {
  return optionalLinkColumn(name, () => users.id);
}

/** Who wrote an entry: the account, and the name kept so the entry still says who after the account is gone. */
export function authorColumns() {
  return { authorId: userColumn('author_id'), authorName: text('author_name').notNull() };
}

/** `id` then `workspaceId`: the first columns of a row a workspace owns. */
export function workspaceRowColumns() {
  return { id: idColumn(), workspaceId: workspaceIdColumn() };
}

/** Who submitted a version for review (the name kept after the account is gone), then when the cycle began and last moved. */
export function submissionColumns() {
  return { submittedById: userColumn('submitted_by_id'), submitterName: text('submitter_name').notNull(), ...timestamps() };
}

/** The adoption of a version by the deciding body (the strategy document's and the evaluation's): frozen once written. */
export function adoptionColumns() {
  return {
    /** YYYY-MM-DD, the day of the deliberation. */
    adoptedOn: text('adopted_on').notNull(),
    body: text('body').notNull(),
    reference: text('reference').notNull(),
    recordedById: userColumn('recorded_by_id'),
    recorderName: text('recorder_name').notNull(),
    createdAt: createdAtColumn(),
  };
}

type WorkspaceRowColumns = ReturnType<typeof workspaceRowColumns>;

/**
 * A table of rows a workspace owns: `id` and `workspace_id` (workspaceRowColumns) come first, then
 * `columns`, in that order, so the SQL is exactly that of `sqliteTable(name, { ...workspaceRowColumns(), ...columns })`.
 * `extraConfig` sees every column, the two common ones included (indexes start with `t.workspaceId`).
 */
export function workspaceTable<TName extends string, TColumns extends Record<string, SQLiteColumnBuilderBase>>(
  name: TName,
  columns: TColumns,
  extraConfig?: (self: BuildColumns<TName, WorkspaceRowColumns & TColumns, 'sqlite'>) => SQLiteTableExtraConfigValue[],
) {
  const all: WorkspaceRowColumns & TColumns = { ...workspaceRowColumns(), ...columns };
  return sqliteTable(name, all, extraConfig);
}
