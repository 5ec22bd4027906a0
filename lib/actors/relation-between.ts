import 'server-only';
import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actorRelations } from '@/db/schema';
import type { RelationType } from '@/db/enums/actors';

/**
 * The caller's workspace's relation of `type` between actors `a` and `b`, in either direction
 * (a pair and type never repeats): what the relation form, the census and a debrief's contacts
 * check before adding one.
 */
export function relationBetween(tx: Tx, ctx: { workspaceId: string }, type: RelationType, a: string, b: string) {
  return tx
    .select({ id: actorRelations.id, strength: actorRelations.strength })
    .from(actorRelations)
    .where(
      and(
        eq(actorRelations.workspaceId, ctx.workspaceId),
        eq(actorRelations.type, type),
        or(and(eq(actorRelations.sourceId, a), eq(actorRelations.targetId, b)), and(eq(actorRelations.sourceId, b), eq(actorRelations.targetId, a))),
      ),
    )
    .get();
}
