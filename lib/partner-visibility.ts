import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import { NotFound } from '@/lib/errors';

/**
 * The conditions on the rows a member may see: `inWorkspace`, and for a partner also
 * `ofPartner(their authority)`; a partner without an authority sees nothing.
 */
export function visibleToMember(ctx: MemberContext, inWorkspace: SQL, ofPartner: (actorId: string) => SQL): SQL[] {
  const conditions = [inWorkspace];
  if (ctx.role === 'partner') conditions.push(ctx.actorId ? ofPartner(ctx.actorId) : sql`0`);
  return conditions;
}

/** The row `id` of `table` among those `visible` (see visibleToMember), or NotFound(`notFoundKey`). */
export function getVisibleRow<T extends SQLiteTable & { id: SQLiteColumn }>(
  tx: Tx,
  table: T,
  visible: SQL[],
  id: string,
  notFoundKey: string,
): T['$inferSelect'] {
  const row = tx
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), ...visible))
    .get();
  if (!row) throw new NotFound(notFoundKey);
  return row as T['$inferSelect'];
}
