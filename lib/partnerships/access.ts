import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { documentSections, evaluations, partnerships, partnershipSections, sectionTranslations } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import { can } from '@/lib/auth/policy';
import { Invalid } from '@/lib/errors';
import type { CollabDocumentRef } from '@/lib/collab/names';
import { sectionAccess, type SectionAccess } from '@/lib/strategy-document/access';
import { resolveDebriefDocument } from '@/lib/collab/debrief-access';

// No `server-only` here: the collaboration server asks the same rules as the pages and actions.

type Member = { role: Role; userId: string; actorId?: string | null };

/**
 * What a member may do with a partnership's space. Members of the team read every partnership
 * (`partnerships.read`); a partner only the partnership with their own authority (their
 * membership's actor), and nothing of any other. Contributing (reciprocity, contacts, exchanges,
 * the joint objectives) follows `partnerships.contribute`.
 */
export function partnershipAccess(member: Member, partnership: { actorId: string }): SectionAccess {
  if (!can(member.role, 'partnerships.read')) return 'none';
  if (member.role === 'partner' && (!member.actorId || member.actorId !== partnership.actorId)) return 'none';
  return can(member.role, 'partnerships.contribute') ? 'write' : 'read';
}

/**
 * Whether a member may remove an entry of a partnership's space they may write to: the team's
 * managers any entry (`partnerships.removeAnyEntry`); a partner only what they wrote themselves,
 * and the contacts of their own side (contacts record no author).
 */
export function mayRemoveEntry(member: Member, entry: { authorId?: string | null; side?: 'team' | 'partner' }): boolean {
  if (can(member.role, 'partnerships.removeAnyEntry')) return true;
  if (!can(member.role, 'partnerships.contribute')) return false;
  if (entry.authorId !== undefined) return entry.authorId === member.userId;
  return member.role === 'partner' && entry.side === 'partner';
}

/**
 * A partner speaks for their own authority only: they write reciprocity entries (brings, expects,
 * observed) on the partner side of their partnership, never on the team's; the team may record
 * what the partner told them on either side. Refused with a message beside the side field.
 */
export function assertSideWritable(member: Member, side: 'team' | 'partner') {
  if (member.role === 'partner' && side !== 'partner') throw new Invalid('invalid', { side: 'partnershipSideNotYours' });
}

/** The partner actors a section is shared with (through their partnerships). */
export function sectionSharedWith(tx: Tx, sectionId: string): string[] {
  return tx
    .select({ actorId: partnerships.actorId })
    .from(partnershipSections)
    .innerJoin(partnerships, eq(partnerships.id, partnershipSections.partnershipId))
    .where(eq(partnershipSections.sectionId, sectionId))
    .all()
    .map((r) => r.actorId);
}

/** What a member may do with an evaluation's written chapters (lib/evaluation): `evaluation.write` writes, `evaluation.read` reads. */
export function evaluationAccess(member: { role: Role }): SectionAccess {
  if (!can(member.role, 'evaluation.read')) return 'none';
  return can(member.role, 'evaluation.write') ? 'write' : 'read';
}

export type CollabTarget = { workspaceId: string; access: (member: Member) => SectionAccess };

/**
 * The workspace of a collaborative document and the rule that decides each person's access to it,
 * or null when the document does not exist (unknown section, data section, translation never
 * added, removed partnership). A translation follows its section's rule.
 */
export function resolveCollabDocument(ref: CollabDocumentRef, tx: Tx = db): CollabTarget | null {
  if (ref.type === 'evaluation') {
    // A written chapter of a yearly evaluation (issue 21.4): managers write, the team reads, partners nothing.
    const row = tx.select({ workspaceId: evaluations.workspaceId }).from(evaluations).where(eq(evaluations.id, ref.evaluationId)).get();
    return row ? { workspaceId: row.workspaceId, access: evaluationAccess } : null;
  }
  if (ref.type === 'partnership') {
    const row = tx
      .select({ workspaceId: partnerships.workspaceId, actorId: partnerships.actorId })
      .from(partnerships)
      .where(eq(partnerships.id, ref.partnershipId))
      .get();
    return row ? { workspaceId: row.workspaceId, access: (member) => partnershipAccess(member, row) } : null;
  }
  if (ref.type === 'debrief') return resolveDebriefDocument(tx, ref.missionId);
  const section = tx
    .select({ workspaceId: documentSections.workspaceId, kind: documentSections.kind, assigneeId: documentSections.assigneeId })
    .from(documentSections)
    .where(eq(documentSections.id, ref.sectionId))
    .get();
  // Only written sections have a collaborative document; data sections are rendered from the data.
  if (!section || section.kind !== 'written') return null;
  if (ref.type === 'translation') {
    const translation = tx
      .select({ id: sectionTranslations.id })
      .from(sectionTranslations)
      .where(and(eq(sectionTranslations.sectionId, ref.sectionId), eq(sectionTranslations.language, ref.language)))
      .get();
    if (!translation) return null;
  }
  const sharedWith = sectionSharedWith(tx, ref.sectionId);
  return { workspaceId: section.workspaceId, access: (member) => sectionAccess(member, { ...section, sharedWith }) };
}
