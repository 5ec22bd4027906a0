import 'server-only';
import type { Tx } from '@/db/client';
import { Invalid } from '@/lib/errors';
import { rowInWorkspace, type WorkspaceTable } from './workspace-rows';

/**
 * Refuses a form's reference `id` (its field `field`) to a row of `table` unless that row is the
 * caller's workspace's: Invalid with `foreignReference` beside the field, and nothing is written.
 */
export function assertReferenceInWorkspace(tx: Tx, table: WorkspaceTable, ctx: { workspaceId: string }, id: string, field: string): void {
  const found = tx
    .select({ id: table.id })
    .from(table)
    .where(rowInWorkspace(table, ctx, id))
    .get();
  if (!found) throw new Invalid('foreignReference', { [field]: 'foreignReference' });
}
