import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/queries';

/**
 * Two more demo identities that the access-control matrix (e2e/access-matrix.spec.ts) signs in as,
 * so that every endpoint is also called by someone who must NOT reach it for a subtler reason than
 * a role:
 * - a partner of ANOTHER partnership: partner in the département's workspace too, but for the
 *   Commune de Tamboura (not Nioro-Kaya), so nothing shared with Nioro-Kaya may reach them;
 * - a member of another workspace only: editor of Nioro-Kaya's workspace, member of nothing else.
 * Same password as every demo account.
 */
export const SECURITY_ACCOUNTS = {
  otherPartner: { email: 'partner2@demo.filrouge.eu', name: 'Issa Ouédraogo' },
  outsider: { email: 'outsider@demo.filrouge.eu', name: 'Fatou Sarr' },
} as const;

export function seedSecurityIdentities(
  tx: Tx,
  ids: { workspaceId: string; partnerWorkspaceId: string; otherPartnerActorId: string },
  passwordHash: string,
  now: Date,
) {
  const otherPartnerId = crypto.randomUUID();
  const outsiderId = crypto.randomUUID();
  tx.insert(users)
    .values([
      { id: otherPartnerId, email: SECURITY_ACCOUNTS.otherPartner.email, name: SECURITY_ACCOUNTS.otherPartner.name, passwordHash, locale: 'fr', createdAt: now },
      { id: outsiderId, email: SECURITY_ACCOUNTS.outsider.email, name: SECURITY_ACCOUNTS.outsider.name, passwordHash, locale: 'fr', createdAt: now },
    ])
    .run();
  tx.insert(memberships)
    .values([
      { id: crypto.randomUUID(), workspaceId: ids.workspaceId, userId: otherPartnerId, role: 'partner', actorId: ids.otherPartnerActorId, createdAt: now },
      { id: crypto.randomUUID(), workspaceId: ids.partnerWorkspaceId, userId: outsiderId, role: 'editor', createdAt: now },
    ])
    .run();
  for (const [workspaceId, userId, email, role] of [
    [ids.workspaceId, otherPartnerId, SECURITY_ACCOUNTS.otherPartner.email, 'partner'],
    [ids.partnerWorkspaceId, outsiderId, SECURITY_ACCOUNTS.outsider.email, 'editor'],
  ] as const) {
    recordAudit(tx, { workspaceId, userId: null }, {
      action: 'member.add',
      entityType: 'membership',
      entityId: userId,
      changes: { email, role, source: 'demo' },
    });
  }
  return { otherPartnerId, outsiderId };
}
