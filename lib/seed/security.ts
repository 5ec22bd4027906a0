import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { censusLinks, documentSections, memberships, partnerships, partnershipSections, sectionTranslations, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/queries';
import { SECURITY_ACCOUNTS } from '@/lib/security/identities';

export { SECURITY_ACCOUNTS };

/**
 * Two more demo identities that the access-control matrix (e2e/access-matrix.spec.ts) signs in as,
 * so that every endpoint is also called by someone who must NOT reach it for a subtler reason than
 * a role:
 * - a partner of ANOTHER partnership: partner in the département's workspace too, but for the
 *   Commune de Tamboura (not Nioro-Kaya), so nothing shared with Nioro-Kaya may reach them;
 * - a member of another workspace only: editor of Nioro-Kaya's workspace, member of nothing else.
 * The other partner has their own partnership (Tamboura), with one written section of the strategy
 * document shared with it and a Spanish translation of that section, so that every type of
 * collaborative document exists. And an open census questionnaire link, so the public
 * questionnaire page has a real token. Runs after the strategy document is seeded.
 * Same password as every demo account.
 */
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
      {
        id: otherPartnerId,
        email: SECURITY_ACCOUNTS.otherPartner.email,
        name: SECURITY_ACCOUNTS.otherPartner.name,
        passwordHash,
        locale: 'fr',
        createdAt: now,
      },
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
    recordAudit(
      tx,
      { workspaceId, userId: null },
      {
        action: 'member.add',
        entityType: 'membership',
        entityId: userId,
        changes: { email, role, source: 'demo' },
      },
    );
  }
  tx.insert(censusLinks)
    .values({
      id: crypto.randomUUID(),
      workspaceId: ids.workspaceId,
      title: 'Recensement des acteurs du territoire',
      token: crypto.randomBytes(32).toString('base64url'),
      open: true,
      createdAt: now,
    })
    .run();
  const partnershipId = crypto.randomUUID();
  tx.insert(partnerships)
    .values({
      id: partnershipId,
      workspaceId: ids.workspaceId,
      actorId: ids.otherPartnerActorId,
      title: 'Coopération avec la commune de Tamboura',
      createdAt: now,
      updatedAt: now,
    })
    .run();
  // The last unassigned written section of the document is shared with Tamboura and has a translation.
  const section = tx
    .select({ id: documentSections.id })
    .from(documentSections)
    .where(and(eq(documentSections.workspaceId, ids.workspaceId), eq(documentSections.kind, 'written'), isNull(documentSections.assigneeId)))
    .orderBy(desc(documentSections.position))
    .get();
  if (section) {
    tx.insert(partnershipSections).values({ partnershipId, sectionId: section.id, workspaceId: ids.workspaceId, createdAt: now }).run();
    tx.insert(sectionTranslations)
      .values({
        id: crypto.randomUUID(),
        workspaceId: ids.workspaceId,
        sectionId: section.id,
        language: 'es',
        sourceText: '',
        text: '',
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
  return { otherPartnerId, outsiderId, partnershipId };
}
