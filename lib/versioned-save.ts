import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import { assertSaved, type ConflictState } from '@/lib/concurrency';

/** A table of versioned workspace records: rows have an `id`, a `workspace_id` and a `version`. */
type VersionedTable = SQLiteTable & { id: SQLiteColumn; workspaceId: SQLiteColumn; version: SQLiteColumn; updatedAt: SQLiteColumn };

/**
 * Saves `values` on the row `id` of the caller's workspace only if its version is still
 * `version` (`UPDATE … SET values, version = version + 1, updated_at WHERE id AND workspace_id AND
 * version`), then checks the outcome with `assertSaved` (StaleVersion with `current()` when someone
 * saved first). Returns the new version.
 */
export function saveVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  ctx: { workspaceId: string },
  row: { id: string; version: number },
  values: Partial<T['$inferInsert']>,
  current: () => ConflictState | undefined,
  now = new Date(),
): number {
  const result = tx
    .update(table as VersionedTable)
    .set({ ...values, version: row.version + 1, updatedAt: now })
    .where(and(eq(table.id, row.id), eq(table.workspaceId, ctx.workspaceId), eq(table.version, row.version)))
    .run();
  assertSaved(result, current);
  return row.version + 1;
}
