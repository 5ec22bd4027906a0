import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import { NotFound } from '@/lib/errors';

/** A table holding workspace data: rows have an `id` and a `workspace_id`. */
type WorkspaceTable = SQLiteTable & { id: SQLiteColumn; workspaceId: SQLiteColumn };

/**
 * The row `id` of `table` in the caller's workspace, or NotFound(`notFoundKey`): the scoped read
 * every `get<Thing>(tx, ctx, id)` starts with (a row of another workspace is not found either).
 */
export function getInWorkspace<T extends WorkspaceTable>(tx: Tx, table: T, ctx: { workspaceId: string }, id: string, notFoundKey: string): T['$inferSelect'] {
  const row = tx
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound(notFoundKey);
  return row as T['$inferSelect'];
}
