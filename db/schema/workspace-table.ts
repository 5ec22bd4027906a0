import type { BuildColumns } from 'drizzle-orm';
import { sqliteTable, type SQLiteColumnBuilderBase, type SQLiteTableExtraConfigValue } from 'drizzle-orm/sqlite-core';
import { workspaceRowColumns } from './columns';

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
