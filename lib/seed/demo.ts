import crypto from 'node:crypto';
import type { Db } from '@/db/client';
import { memberships, users, workspaces } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import { recordAudit } from '@/lib/audit/queries';
import { and, eq } from 'drizzle-orm';
import { seedActors } from './actors';
import { seedExternalActions } from './external-actions';
import { seedDemoDiagnostics } from './diagnostic';
import { seedIndicatorTerms } from './indicator-term';
import { seedTambouraReturns } from './partner-returns';
import { seedStrategyDocument } from './strategy-document';
import { seedReview } from './review';
import { seedStrategy } from './strategy';
import { seedPartnerships } from './partnerships';
import { seedMissions } from './missions';
import { seedEvaluation } from './evaluation';
import { seedSecurityIdentities } from './security';
import { seedMilestones } from './milestones';
import { seedCoFinancing } from './co-financing';
import { seedDeclaration } from './declaration';

export const DEMO_PASSWORD = 'filrouge-demo';
export const DEMO_WORKSPACE_SLUG = 'val-d-argence';
export const DEMO_PARTNER_WORKSPACE_SLUG = 'nioro-kaya';

/** The demo accounts, one per role of the département's workspace. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.filrouge.eu', name: 'Claire Fontaine', role: 'admin' },
  { email: 'editor@demo.filrouge.eu', name: 'Mehdi Laurent', role: 'editor' },
  { email: 'contributor@demo.filrouge.eu', name: 'Sophie Marchal', role: 'contributor' },
  { email: 'elu@demo.filrouge.eu', name: 'Jean-Pierre Roussel', role: 'reviewer' },
  { email: 'partner@demo.filrouge.eu', name: 'Awa Diallo', role: 'partner' },
];

/**
 * Seeds a fictional French département and its fictional partner commune abroad. `hash` is the
 * argon2 hash of the demo password, computed by the caller before the synchronous transaction.
 */
export function seedDemo(db: Db, passwordHash: string) {
  const now = new Date();
  db.transaction((tx) => {
    const deptId = crypto.randomUUID();
    const partnerWsId = crypto.randomUUID();
    tx.insert(workspaces)
      .values([
        {
          id: deptId,
          slug: DEMO_WORKSPACE_SLUG,
          name: "Département du Val-d'Argence",
          level: 'departement',
          country: 'FR',
          population: 412_000,
          languages: ['fr', 'en', 'es'],
          // A fictional SIREN (Luhn-valid, no real département has code 999): the IATI export's identifiers.
          siren: '229990007',
          createdAt: now,
          updatedAt: now,
        },
        {
          id: partnerWsId,
          slug: DEMO_PARTNER_WORKSPACE_SLUG,
          name: 'Commune de Nioro-Kaya',
          level: 'foreign',
          country: 'SN',
          population: 58_000,
          languages: ['fr', 'wo'],
          createdAt: now,
          updatedAt: now,
        },
      ])
      .run();
    const ids = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const id = crypto.randomUUID();
      ids.set(account.email, id);
      tx.insert(users).values({ id, email: account.email, name: account.name, passwordHash, locale: 'fr', createdAt: now }).run();
      tx.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: deptId, userId: id, role: account.role, createdAt: now }).run();
      recordAudit(
        tx,
        { workspaceId: deptId, userId: null },
        {
          action: 'member.add',
          entityType: 'membership',
          entityId: id,
          changes: { email: account.email, role: account.role, source: 'demo' },
        },
      );
    }
    // The partner is also the admin of their own authority's workspace.
    const partnerId = ids.get('partner@demo.filrouge.eu')!;
    tx.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: partnerWsId, userId: partnerId, role: 'admin', createdAt: now }).run();
    const actorIds = seedActors(tx, deptId, now);
    seedExternalActions(tx, { workspaceId: deptId, actors: actorIds, users: ids }, now);
    seedMilestones(tx, { workspaceId: deptId }, now);
    // Co-financing plans on five actions, one from the ministry's call breaking two of its rules (issue 20.1).
    seedCoFinancing(tx, { workspaceId: deptId }, now);
    seedDemoDiagnostics(tx, { workspaceId: deptId, users: ids }, now);
    seedStrategy(tx, { workspaceId: deptId, slug: DEMO_WORKSPACE_SLUG, users: ids }, now);
    // Yearly targets putting indicators on track, at risk and off track; last year's round closed (issue 21).
    seedIndicatorTerms(tx, { workspaceId: deptId, slug: DEMO_WORKSPACE_SLUG, users: ids }, now);
    // The partner's membership points at their own authority's actor record.
    tx.update(memberships)
      .set({ actorId: actorIds.get('nioro')! })
      .where(and(eq(memberships.workspaceId, deptId), eq(memberships.userId, partnerId)))
      .run();
    // Last: the document's data sections and versions freeze the figures seeded above.
    seedStrategyDocument(tx, { workspaceId: deptId, slug: DEMO_WORKSPACE_SLUG, users: ids }, now);
    // The review: the first version adopted, the steering committee's version in review (a second elected official).
    seedReview(tx, { workspaceId: deptId, slug: DEMO_WORKSPACE_SLUG, users: ids }, passwordHash, now);
    // The partnership with Nioro-Kaya: its space, and the governance section shared with an English translation.
    const userNames = new Map(DEMO_ACCOUNTS.map((a) => [a.email, a.name]));
    const partnershipId = seedPartnerships(tx, { workspaceId: deptId, actors: actorIds, users: ids, userNames }, now);
    // Three missions: one abroad with its debrief handed in, a delegation received, one to come (issue 19).
    seedMissions(tx, { workspaceId: deptId, partnershipId, actors: actorIds, users: ids }, now);
    // Last year's evaluation, opened, its summary begun (issue 21.4).
    seedEvaluation(tx, { workspaceId: deptId, users: ids }, now);
    // Categories of the yearly aid declaration, and last year declared (frozen) (issue 20, point 2).
    seedDeclaration(tx, { workspaceId: deptId, users: ids }, now);
    // A partner of another partnership (Tamboura, with its own partnership and shared section) and a
    // member of Nioro-Kaya only: the access matrix's outsiders (lib/seed/security.ts).
    const security = seedSecurityIdentities(
      tx,
      { workspaceId: deptId, partnerWorkspaceId: partnerWsId, otherPartnerActorId: actorIds.get('tamboura')! },
      passwordHash,
      now,
    );
    // Partner-side returns in both partnerships: Tamboura's too, written by its partner (issue 21.3).
    seedTambouraReturns(
      tx,
      { workspaceId: deptId, partnershipId: security.partnershipId, editorId: ids.get('editor@demo.filrouge.eu')!, partnerId: security.otherPartnerId },
      now,
    );
    recordAudit(
      tx,
      { workspaceId: deptId, userId: null },
      {
        action: 'workspace.create',
        entityType: 'workspace',
        entityId: deptId,
        changes: { source: 'demo' },
      },
    );
  });
}
