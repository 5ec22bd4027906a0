import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import { NotFound } from '@/lib/errors';

/** A table holding workspace data: rows have an `id` and a `workspace_id`. */
export type WorkspaceTable = SQLiteTable & { id: SQLiteColumn; workspaceId: SQLiteColumn };

/** The row `id` of `table`, if it is the caller's workspace's: the condition of every scoped read and write by id. */
export function rowInWorkspace(table: WorkspaceTable, ctx: { workspaceId: string }, id: string) {
  return and(eq(table.id, id), eq(table.workspaceId, ctx.workspaceId));
}

/**
 * The row `id` of `table` in the caller's workspace, or NotFound(`notFoundKey`): the scoped read
 * every `get<Thing>(tx, ctx, id)` starts with (a row of another workspace is not found either).
 */
export function getInWorkspace<T extends WorkspaceTable>(tx: Tx, table: T, ctx: { workspaceId: string }, id: string, notFoundKey: string): T['$inferSelect'] {
  const row = tx
    .select()
    .from(table as SQLiteTable)
    .where(rowInWorkspace(table, ctx, id))
    .get();
  if (!row) throw new NotFound(notFoundKey);
  return row as T['$inferSelect'];
}

/** The value a selected column reads as (null when the column may be null). */
type ColumnValue<C extends SQLiteColumn> = C['_']['notNull'] extends true ? C['_']['data'] : C['_']['data'] | null;

/** `columns` of the row `id` of `table` in the caller's workspace, or undefined: for a caller that tries several tables in turn. */
export function findColumnsInWorkspace<T extends WorkspaceTable, C extends Record<string, SQLiteColumn>>(
  tx: Tx,
  table: T,
  columns: C,
  ctx: { workspaceId: string },
  id: string,
): { [K in keyof C]: ColumnValue<C[K]> } | undefined {
  return tx
    .select(columns)
    .from(table as SQLiteTable)
    .where(rowInWorkspace(table, ctx, id))
    .get() as { [K in keyof C]: ColumnValue<C[K]> } | undefined;
}

/** `columns` of the row `id` of `table` in the caller's workspace, or NotFound(`notFoundKey`): `getInWorkspace` when the caller needs only some columns. */
export function getColumnsInWorkspace<T extends WorkspaceTable, C extends Record<string, SQLiteColumn>>(
  tx: Tx,
  table: T,
  columns: C,
  ctx: { workspaceId: string },
  id: string,
  notFoundKey: string,
): { [K in keyof C]: ColumnValue<C[K]> } {
  const row = findColumnsInWorkspace(tx, table, columns, ctx, id);
  if (!row) throw new NotFound(notFoundKey);
  return row;
}
