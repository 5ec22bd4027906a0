import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';

// The writes to one row of the caller's workspace by its id, once the row was read and checked
// (`getInWorkspace` in lib/workspace-rows.ts): a row of another workspace is left alone.

type WorkspaceTable = SQLiteTable & { id: SQLiteColumn; workspaceId: SQLiteColumn };

/** Sets `values` on the row `id` of `table` in the caller's workspace. */
export function updateInWorkspace<T extends WorkspaceTable>(tx: Tx, table: T, ctx: { workspaceId: string }, id: string, values: SQLiteUpdateSetSource<T>) {
  tx.update(table as WorkspaceTable)
    .set(values as SQLiteUpdateSetSource<WorkspaceTable>)
    .where(and(eq(table.id, id), eq(table.workspaceId, ctx.workspaceId)))
    .run();
}

/** Deletes the row `id` of `table` in the caller's workspace. */
export function deleteInWorkspace(tx: Tx, table: WorkspaceTable, ctx: { workspaceId: string }, id: string) {
  tx.delete(table)
    .where(and(eq(table.id, id), eq(table.workspaceId, ctx.workspaceId)))
    .run();
}
