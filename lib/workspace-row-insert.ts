import 'server-only';
import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import type { WorkspaceTable } from './workspace-rows';

/**
 * Inserts a row of the caller's workspace into `table` with a new id (`values` are its other
 * columns) and returns that id: the write every `create<Thing>` query starts with, beside
 * `updateInWorkspace` and `deleteInWorkspace` (lib/workspace-row-writes.ts).
 */
export function insertInWorkspace<T extends WorkspaceTable>(
  tx: Tx,
  table: T,
  ctx: { workspaceId: string },
  values: Omit<T['$inferInsert'], 'id' | 'workspaceId'>,
): string {
  const id = crypto.randomUUID();
  tx.insert(table as WorkspaceTable)
    .values({ id, workspaceId: ctx.workspaceId, ...values } as never)
    .run();
  return id;
}
