import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { memberships, partnershipInvitations, partnerships } from '@/db/schema';

/**
 * On acceptance of an invitation bound to a partnership, points the new partner membership at the
 * partnership's actor (lib/workspaces/queries.ts acceptInvitation calls this in its transaction).
 */
export function bindPartnershipInvitation(tx: Tx, invitationId: string, workspaceId: string, userId: string) {
  const bound = tx
    .select({ actorId: partnerships.actorId })
    .from(partnershipInvitations)
    .innerJoin(partnerships, eq(partnerships.id, partnershipInvitations.partnershipId))
    .where(and(eq(partnershipInvitations.invitationId, invitationId), eq(partnerships.workspaceId, workspaceId)))
    .get();
  if (!bound) return false;
  tx.update(memberships)
    .set({ actorId: bound.actorId })
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId), eq(memberships.role, 'partner')))
    .run();
  return true;
}
