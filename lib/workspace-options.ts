import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SelectedFields, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';

/**
 * `columns` of every row of `table` in the workspace `ws`, sorted by `order`: what a picker or a
 * form's select offers (`listWorkspaceOptions(tx, actors, ws, { id: actors.id, name: actors.name }, actors.normalizedName)`).
 */
export function listWorkspaceOptions<S extends SelectedFields>(
  tx: Tx,
  table: SQLiteTable & { workspaceId: SQLiteColumn },
  ws: string,
  columns: S,
  order: SQLiteColumn,
): SelectResultFields<S>[] {
  // Typed at the call site from `columns`: drizzle cannot infer a select over a generic selection.
  return tx
    .select(columns as SelectedFields)
    .from(table)
    .where(eq(table.workspaceId, ws))
    .orderBy(asc(order))
    .all() as SelectResultFields<S>[];
}
