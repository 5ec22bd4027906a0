import 'server-only';
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import { rowInWorkspace, type WorkspaceTable } from './workspace-rows';

// The writes to one row of the caller's workspace by its id, once the row was read and checked
// (`getInWorkspace` in lib/workspace-rows.ts): a row of another workspace is left alone.

/** Sets `values` on the row `id` of `table` in the caller's workspace. */
export function updateInWorkspace<T extends WorkspaceTable>(tx: Tx, table: T, ctx: { workspaceId: string }, id: string, values: SQLiteUpdateSetSource<T>) {
  tx.update(table as WorkspaceTable)
    .set(values as SQLiteUpdateSetSource<WorkspaceTable>)
    .where(rowInWorkspace(table, ctx, id))
    .run();
}

/** Deletes the row `id` of `table` in the caller's workspace. */
export function deleteInWorkspace(tx: Tx, table: WorkspaceTable, ctx: { workspaceId: string }, id: string) {
  tx.delete(table)
    .where(rowInWorkspace(table, ctx, id))
    .run();
}
