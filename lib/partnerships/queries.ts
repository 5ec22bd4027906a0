import 'server-only';
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  actors,
  collabDocuments,
  documentSections,
  externalActionActors,
  externalActions,
  memberships,
  partnershipComments,
  partnershipContacts,
  partnershipContributions,
  partnershipExchanges,
  partnershipInvitations,
  partnerships,
  partnershipSections,
  partnershipTranslations,
  sectionTranslations,
  users,
  workspaces,
} from '@/db/schema';
import type { Partnership } from '@/db/schema/partnerships';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { createInvitation } from '@/lib/workspaces/queries';
import { closeCollabDocument, currentDocumentState } from '@/lib/collab/persistence';
import { partnershipDocumentName, sectionDocumentName, translationDocumentName } from '@/lib/collab/names';
import { plainText, richTextToHtml } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { sectionAccess, type SectionAccess } from '@/lib/strategy-document/access';
import { mayRemoveEntry, partnershipAccess, sectionSharedWith } from './access';
import { normalizeText, translationStatus, type TranslationStatus } from './translation-state';
import type {
  CommentInput,
  ContactInput,
  CreatePartnershipInput,
  ExchangeInput,
  InvitePartnerInput,
  RenamePartnershipInput,
  ShareSectionInput,
  TranslationInput,
} from './schemas';

// ---------------------------------------------------------------------------------------------
// Who sees what

/**
 * One partnership the caller may see, with the access they have to it; NotFound otherwise (also
 * for a partner and any partnership other than their own authority's).
 */
export function getPartnership(tx: Tx, ctx: MemberContext, partnershipId: string): Partnership & { access: SectionAccess } {
  const row = tx
    .select()
    .from(partnerships)
    .where(and(eq(partnerships.id, partnershipId), eq(partnerships.workspaceId, ctx.workspaceId)))
    .get();
  const access = row ? partnershipAccess(ctx, row) : 'none';
  if (!row || access === 'none') throw new NotFound('partnershipNotFound');
  return { ...row, access };
}

/** The partnership the caller may contribute to; NotFound when hidden, Forbidden never reached (the policy stops read-only roles first). */
export function getWritablePartnership(tx: Tx, ctx: MemberContext, partnershipId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  if (partnership.access !== 'write') throw new NotFound('partnershipNotFound');
  return partnership;
}

/** The partnerships the caller may see, with their partner's name and country and a few counts. */
export function listPartnerships(tx: Tx, ctx: MemberContext) {
  const conditions = [eq(partnerships.workspaceId, ctx.workspaceId)];
  if (ctx.role === 'partner') conditions.push(ctx.actorId ? eq(partnerships.actorId, ctx.actorId) : sql`0`);
  return tx
    .select({
      id: partnerships.id,
      title: partnerships.title,
      actorId: partnerships.actorId,
      actorName: actors.name,
      country: actors.country,
      sections: sql<number>`(select count(*) from ${partnershipSections} where ${partnershipSections.partnershipId} = ${partnerships.id})`,
      exchanges: sql<number>`(select count(*) from ${partnershipExchanges} where ${partnershipExchanges.partnershipId} = ${partnerships.id})`,
    })
    .from(partnerships)
    .innerJoin(actors, eq(actors.id, partnerships.actorId))
    .where(and(...conditions))
    .orderBy(asc(partnerships.title))
    .all();
}

/** Foreign partner authorities of the map that have no partnership yet (the choices of the creation form). */
export function listPartnerCandidates(tx: Tx, ctx: MemberContext) {
  const ws = tx.select({ country: workspaces.country }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  return tx
    .select({ id: actors.id, name: actors.name, country: actors.country })
    .from(actors)
    .where(
      and(
        eq(actors.workspaceId, ctx.workspaceId),
        eq(actors.category, 'partner_authority'),
        sql`${actors.country} is not null and ${actors.country} <> ${ws?.country ?? ''}`,
        sql`not exists (select 1 from ${partnerships} where ${partnerships.actorId} = ${actors.id})`,
      ),
    )
    .orderBy(asc(actors.name))
    .all();
}

// ---------------------------------------------------------------------------------------------
// The shared space

export type SharedSection = {
  id: string;
  title: string | null;
  access: SectionAccess;
  translations: { language: string; outOfDate: boolean }[];
};

/** The written sections shared with a partnership, in the outline's order. */
export function listSharedSections(tx: Tx, ctx: MemberContext, partnershipId: string): SharedSection[] {
  const partnership = getPartnership(tx, ctx, partnershipId);
  const rows = tx
    .select({ id: documentSections.id, title: documentSections.title, kind: documentSections.kind, assigneeId: documentSections.assigneeId })
    .from(partnershipSections)
    .innerJoin(documentSections, eq(documentSections.id, partnershipSections.sectionId))
    .where(and(eq(partnershipSections.partnershipId, partnership.id), eq(partnershipSections.workspaceId, ctx.workspaceId)))
    .orderBy(asc(documentSections.position))
    .all();
  const ids = rows.map((r) => r.id);
  const translations = ids.length
    ? tx.select().from(sectionTranslations).where(inArray(sectionTranslations.sectionId, ids)).orderBy(asc(sectionTranslations.language)).all()
    : [];
  return rows.map((row) => {
    const original = ids.length ? originalText(tx, row.id) : '';
    return {
      id: row.id,
      title: row.title,
      access: sectionAccess(ctx, { ...row, sharedWith: sectionSharedWith(tx, row.id) }),
      translations: translations
        .filter((t) => t.sectionId === row.id)
        .map((t) => ({ language: t.language, outOfDate: translationStatus(t.sourceText, original).outOfDate })),
    };
  });
}

/** Every written section of the outline with whether it is shared with this partnership (managers' share toggles). */
export function listShareableSections(tx: Tx, ctx: MemberContext, partnershipId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  return tx
    .select({
      id: documentSections.id,
      title: documentSections.title,
      shared: sql<number>`exists (select 1 from ${partnershipSections} where ${partnershipSections.sectionId} = ${documentSections.id} and ${partnershipSections.partnershipId} = ${partnership.id})`,
    })
    .from(documentSections)
    .where(and(eq(documentSections.workspaceId, ctx.workspaceId), eq(documentSections.kind, 'written')))
    .orderBy(asc(documentSections.position))
    .all()
    .map((r) => ({ ...r, shared: !!r.shared }));
}

/** The joint actions: the workspace's actions in which this partnership's authority is a partner. */
export function listJointActions(tx: Tx, ctx: MemberContext, partnershipId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  return tx
    .select({
      id: externalActions.id,
      title: externalActions.title,
      type: externalActions.type,
      status: externalActions.status,
      startDate: externalActions.startDate,
      endDate: externalActions.endDate,
    })
    .from(externalActions)
    .innerJoin(
      externalActionActors,
      and(
        eq(externalActionActors.actionId, externalActions.id),
        eq(externalActionActors.actorId, partnership.actorId),
        eq(externalActionActors.role, 'partner'),
      ),
    )
    .where(eq(externalActions.workspaceId, ctx.workspaceId))
    .orderBy(asc(externalActions.title))
    .limit(200)
    .all();
}

/** The partnership's page: partner authority, joint objectives, reciprocity, contacts, timeline, people. */
export function getPartnershipPage(tx: Tx, ctx: MemberContext, partnershipId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  const writable = partnership.access === 'write';
  const actor = tx.select({ name: actors.name, country: actors.country, city: actors.city }).from(actors).where(eq(actors.id, partnership.actorId)).get();
  const contributions = tx
    .select({
      id: partnershipContributions.id,
      side: partnershipContributions.side,
      kind: partnershipContributions.kind,
      text: partnershipContributions.text,
      language: partnershipContributions.language,
      authorId: partnershipContributions.authorId,
    })
    .from(partnershipContributions)
    .where(eq(partnershipContributions.partnershipId, partnership.id))
    .orderBy(asc(partnershipContributions.createdAt))
    .all()
    .map(({ authorId, ...c }) => ({ ...c, removable: writable && mayRemoveEntry(ctx, { authorId }) }));
  const contacts = tx
    .select({
      id: partnershipContacts.id,
      side: partnershipContacts.side,
      name: partnershipContacts.name,
      role: partnershipContacts.role,
      email: partnershipContacts.email,
    })
    .from(partnershipContacts)
    .where(eq(partnershipContacts.partnershipId, partnership.id))
    .orderBy(asc(partnershipContacts.side), asc(partnershipContacts.name))
    .all()
    .map((c) => ({ ...c, removable: writable && mayRemoveEntry(ctx, { side: c.side }) }));
  const exchanges = tx
    .select({
      id: partnershipExchanges.id,
      date: partnershipExchanges.date,
      kind: partnershipExchanges.kind,
      summary: partnershipExchanges.summary,
      language: partnershipExchanges.language,
      authorName: partnershipExchanges.authorName,
      authorId: partnershipExchanges.authorId,
    })
    .from(partnershipExchanges)
    .where(eq(partnershipExchanges.partnershipId, partnership.id))
    .orderBy(desc(partnershipExchanges.date), desc(partnershipExchanges.createdAt))
    .limit(200)
    .all()
    .map(({ authorId, ...e }) => ({ ...e, removable: writable && mayRemoveEntry(ctx, { authorId }) }));
  const partners = tx
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.role, 'partner'), eq(memberships.actorId, partnership.actorId)))
    .orderBy(asc(users.name))
    .all();
  const objectives = contentFromYState(currentDocumentState(partnershipDocumentName(partnership.id), tx));
  return {
    partnership,
    actor: actor ?? null,
    contributions,
    contacts,
    exchanges,
    partners,
    objectivesHtml: richTextToHtml(objectives),
    objectivesText: plainText(objectives),
  };
}

/** The original text of a written section as it is now (live when open). */
function originalText(tx: Tx, sectionId: string) {
  return plainText(contentFromYState(currentDocumentState(sectionDocumentName(sectionId), tx)));
}

export type TranslationView = {
  language: string;
  html: string;
  updatedAt: Date;
  status: TranslationStatus;
};

/**
 * One shared section as the partnership's space shows it: the original, its translations with
 * whether each is out of date and the original's changed passages. NotFound when the section is not
 * shared with this partnership (or the caller may not reach it).
 */
export function getSharedSection(tx: Tx, ctx: MemberContext, partnershipId: string, sectionId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  const section = tx
    .select({ id: documentSections.id, title: documentSections.title, kind: documentSections.kind, assigneeId: documentSections.assigneeId })
    .from(partnershipSections)
    .innerJoin(documentSections, eq(documentSections.id, partnershipSections.sectionId))
    .where(
      and(
        eq(partnershipSections.partnershipId, partnership.id),
        eq(partnershipSections.sectionId, sectionId),
        eq(documentSections.workspaceId, ctx.workspaceId),
      ),
    )
    .get();
  if (!section) throw new NotFound('sectionNotFound');
  const access = sectionAccess(ctx, { ...section, sharedWith: sectionSharedWith(tx, section.id) });
  if (access === 'none') throw new NotFound('sectionNotFound');
  const originalContent = contentFromYState(currentDocumentState(sectionDocumentName(section.id), tx));
  const original = plainText(originalContent);
  const translations: TranslationView[] = tx
    .select()
    .from(sectionTranslations)
    .where(eq(sectionTranslations.sectionId, section.id))
    .orderBy(asc(sectionTranslations.language))
    .all()
    .map((t) => ({
      language: t.language,
      html: richTextToHtml(contentFromYState(currentDocumentState(translationDocumentName(section.id, t.language), tx))),
      updatedAt: t.updatedAt,
      status: translationStatus(t.sourceText, original),
    }));
  return { partnership, section: { id: section.id, title: section.title }, access, originalHtml: richTextToHtml(originalContent), translations };
}

/** The comments on one target of a partnership (its page or a shared section), oldest first. */
export function listComments(tx: Tx, ctx: MemberContext, partnershipId: string, target: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  return tx
    .select({
      id: partnershipComments.id,
      parentId: partnershipComments.parentId,
      authorName: partnershipComments.authorName,
      body: partnershipComments.body,
      createdAt: partnershipComments.createdAt,
    })
    .from(partnershipComments)
    .where(and(eq(partnershipComments.partnershipId, partnership.id), eq(partnershipComments.target, target)))
    .orderBy(asc(partnershipComments.createdAt))
    .limit(500)
    .all();
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Creates a partnership with a foreign partner authority of the workspace's map. */
export function createPartnership(tx: Tx, ctx: MemberContext, input: CreatePartnershipInput, now = new Date()): MutationOutcome<{ id: string }> {
  const actor = tx
    .select({ id: actors.id, category: actors.category, country: actors.country })
    .from(actors)
    .where(and(eq(actors.id, input.actorId), eq(actors.workspaceId, ctx.workspaceId)))
    .get();
  if (!actor) throw new NotFound('actorNotFound');
  const ws = tx.select({ country: workspaces.country }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  if (actor.category !== 'partner_authority' || !actor.country || actor.country === ws?.country) {
    throw new Invalid('invalid', { actorId: 'partnershipActorForeign' });
  }
  const exists = tx.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.actorId, actor.id)).get();
  if (exists) throw new Conflict('partnershipExists', { actorId: 'partnershipExists' });
  const id = crypto.randomUUID();
  tx.insert(partnerships)
    .values({ id, workspaceId: ctx.workspaceId, actorId: actor.id, title: input.title, createdBy: ctx.userId, createdAt: now, updatedAt: now })
    .run();
  return { data: { id }, audit: { action: 'partnership.create', entityType: 'partnership', entityId: id, changes: { title: input.title, actorId: actor.id } } };
}

/** Deletes a partnership and its space (sections stay in the document, unshared). */
export function deletePartnership(tx: Tx, ctx: MemberContext, input: { partnershipId: string }): MutationOutcome<null> {
  const partnership = getPartnership(tx, ctx, input.partnershipId);
  tx.delete(partnerships).where(eq(partnerships.id, partnership.id)).run();
  tx.delete(collabDocuments)
    .where(eq(collabDocuments.name, partnershipDocumentName(partnership.id)))
    .run();
  closeCollabDocument(partnershipDocumentName(partnership.id));
  return { data: null, audit: { action: 'partnership.delete', entityType: 'partnership', entityId: partnership.id, changes: { title: partnership.title } } };
}

/** Renames a partnership (its space, the list, the partner's shell show the new title). */
export function renamePartnership(tx: Tx, ctx: MemberContext, input: RenamePartnershipInput, now = new Date()): MutationOutcome<{ title: string }> {
  const partnership = getPartnership(tx, ctx, input.partnershipId);
  tx.update(partnerships).set({ title: input.title, updatedAt: now }).where(eq(partnerships.id, partnership.id)).run();
  return {
    data: { title: input.title },
    audit: {
      action: 'partnership.rename',
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { title: { from: partnership.title, to: input.title } },
    },
  };
}

/**
 * Invites a person of the partner authority with the partner role: the workspace's invitation
 * (one-time token, seven days) bound to this partnership, so that the membership created on
 * acceptance points at the partner's actor.
 */
export function invitePartner(
  tx: Tx,
  ctx: MemberContext,
  input: InvitePartnerInput,
): MutationOutcome<{ token: string; invitationId: string; email: string; expiresAt: Date }> {
  const partnership = getWritablePartnership(tx, ctx, input.partnershipId);
  const outcome = createInvitation(tx, ctx, { email: input.email, role: 'partner' });
  tx.insert(partnershipInvitations).values({ invitationId: outcome.data.invitationId, partnershipId: partnership.id }).run();
  const audit = [outcome.audit].flat();
  return { data: outcome.data, audit: audit.map((a) => ({ ...a, changes: { ...a.changes, partnershipId: partnership.id } })) };
}

/** Shares a written section with a partnership, or stops sharing it. */
export function shareSection(tx: Tx, ctx: MemberContext, input: ShareSectionInput, now = new Date()): MutationOutcome<null> {
  const partnership = getPartnership(tx, ctx, input.partnershipId);
  const section = tx
    .select({ id: documentSections.id, kind: documentSections.kind })
    .from(documentSections)
    .where(and(eq(documentSections.id, input.sectionId), eq(documentSections.workspaceId, ctx.workspaceId)))
    .get();
  if (!section) throw new NotFound('sectionNotFound');
  if (section.kind !== 'written') throw new Invalid('partnershipSectionNotWritten');
  if (input.shared) {
    tx.insert(partnershipSections)
      .values({ partnershipId: partnership.id, sectionId: section.id, workspaceId: ctx.workspaceId, createdAt: now })
      .onConflictDoNothing()
      .run();
  } else {
    tx.delete(partnershipSections)
      .where(and(eq(partnershipSections.partnershipId, partnership.id), eq(partnershipSections.sectionId, section.id)))
      .run();
  }
  return {
    data: null,
    audit: {
      action: input.shared ? 'partnership.shareSection' : 'partnership.unshareSection',
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { sectionId: section.id },
    },
  };
}

export function addContact(tx: Tx, ctx: MemberContext, input: ContactInput, now = new Date()): MutationOutcome<{ id: string }> {
  const partnership = getWritablePartnership(tx, ctx, input.partnershipId);
  const id = crypto.randomUUID();
  tx.insert(partnershipContacts)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      partnershipId: partnership.id,
      side: input.side,
      name: input.name,
      role: input.role,
      email: input.email,
      createdAt: now,
    })
    .run();
  // The contact's details are personal data: the audit names the entry, not its content.
  return {
    data: { id },
    audit: { action: 'partnership.addContact', entityType: 'partnership', entityId: partnership.id, changes: { contactId: id, side: input.side } },
  };
}

export function addExchange(tx: Tx, ctx: MemberContext, input: ExchangeInput, now = new Date()): MutationOutcome<{ id: string }> {
  const partnership = getWritablePartnership(tx, ctx, input.partnershipId);
  const author = tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.userId)).get();
  const id = crypto.randomUUID();
  tx.insert(partnershipExchanges)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      partnershipId: partnership.id,
      date: input.date,
      kind: input.kind,
      summary: input.summary,
      language: input.language ?? 'fr',
      authorId: ctx.userId,
      authorName: author?.name ?? '',
      createdAt: now,
    })
    .run();
  return {
    data: { id },
    audit: {
      action: 'partnership.addExchange',
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { date: input.date, kind: input.kind, language: input.language ?? 'fr' },
    },
  };
}

/** A contribution, contact or exchange of the caller's workspace, with what decides who may remove it. */
function findEntry(tx: Tx, ctx: MemberContext, entryId: string) {
  const scope = <T extends { id: SQLiteColumn; workspaceId: SQLiteColumn }>(table: T) => and(eq(table.id, entryId), eq(table.workspaceId, ctx.workspaceId));
  const contribution = tx
    .select({ id: partnershipContributions.id, partnershipId: partnershipContributions.partnershipId, authorId: partnershipContributions.authorId })
    .from(partnershipContributions)
    .where(scope(partnershipContributions))
    .get();
  if (contribution) return { kind: 'contribution', table: partnershipContributions, ...contribution, rule: { authorId: contribution.authorId } } as const;
  const contact = tx
    .select({ id: partnershipContacts.id, partnershipId: partnershipContacts.partnershipId, side: partnershipContacts.side })
    .from(partnershipContacts)
    .where(scope(partnershipContacts))
    .get();
  if (contact) return { kind: 'contact', table: partnershipContacts, ...contact, rule: { side: contact.side } } as const;
  const exchange = tx
    .select({ id: partnershipExchanges.id, partnershipId: partnershipExchanges.partnershipId, authorId: partnershipExchanges.authorId })
    .from(partnershipExchanges)
    .where(scope(partnershipExchanges))
    .get();
  if (exchange) return { kind: 'exchange', table: partnershipExchanges, ...exchange, rule: { authorId: exchange.authorId } } as const;
  return null;
}

/**
 * Removes a contribution, contact or exchange of a partnership the caller contributes to: the
 * team's managers any, a partner what they wrote and their own side's contacts (mayRemoveEntry).
 */
export function removeEntry(tx: Tx, ctx: MemberContext, input: { entryId: string }): MutationOutcome<null> {
  const entry = findEntry(tx, ctx, input.entryId);
  if (!entry) throw new NotFound('partnershipEntryNotFound');
  const partnership = getWritablePartnership(tx, ctx, entry.partnershipId);
  if (!mayRemoveEntry(ctx, entry.rule)) throw new Forbidden('partnershipEntryNotYours');
  tx.delete(entry.table).where(eq(entry.table.id, entry.id)).run();
  // An entry's translations go with it (their target is not a foreign key).
  if (entry.kind !== 'contact') {
    tx.delete(partnershipTranslations)
      .where(
        and(
          eq(partnershipTranslations.partnershipId, partnership.id),
          eq(partnershipTranslations.targetType, entry.kind),
          eq(partnershipTranslations.targetId, entry.id),
        ),
      )
      .run();
  }
  const kind = entry.kind;
  return {
    data: null,
    audit: {
      action: `partnership.remove${kind[0]!.toUpperCase()}${kind.slice(1)}`,
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { entryId: entry.id },
    },
  };
}

/** Comments on the partnership's page or on one of its shared sections. */
export function addComment(tx: Tx, ctx: MemberContext, input: CommentInput, now = new Date()): MutationOutcome<{ id: string }> {
  const partnership = getPartnership(tx, ctx, input.partnershipId);
  if (input.target !== 'page') {
    const shared = tx
      .select({ id: partnershipSections.sectionId })
      .from(partnershipSections)
      .where(and(eq(partnershipSections.partnershipId, partnership.id), eq(partnershipSections.sectionId, input.target)))
      .get();
    if (!shared) throw new NotFound('sectionNotFound');
  }
  if (input.parentId) {
    const parent = tx
      .select({ id: partnershipComments.id })
      .from(partnershipComments)
      .where(
        and(eq(partnershipComments.id, input.parentId), eq(partnershipComments.partnershipId, partnership.id), eq(partnershipComments.target, input.target)),
      )
      .get();
    if (!parent) throw new NotFound('commentNotFound');
  }
  const author = tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.userId)).get();
  const id = crypto.randomUUID();
  tx.insert(partnershipComments)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      partnershipId: partnership.id,
      target: input.target,
      parentId: input.parentId,
      authorId: ctx.userId,
      authorName: author?.name ?? '',
      body: input.body,
      createdAt: now,
    })
    .run();
  return {
    data: { id },
    audit: { action: 'partnership.comment', entityType: 'partnership', entityId: partnership.id, changes: { commentId: id, target: input.target } },
  };
}

/** The written section behind a translation action, when the caller may write it; NotFound otherwise. */
function writableSection(tx: Tx, ctx: MemberContext, sectionId: string) {
  const section = tx
    .select({ id: documentSections.id, kind: documentSections.kind, assigneeId: documentSections.assigneeId })
    .from(documentSections)
    .where(and(eq(documentSections.id, sectionId), eq(documentSections.workspaceId, ctx.workspaceId)))
    .get();
  if (!section) throw new NotFound('sectionNotFound');
  const sharedWith = sectionSharedWith(tx, section.id);
  const access = sectionAccess(ctx, { ...section, sharedWith });
  if (access === 'none') throw new NotFound('sectionNotFound');
  // Translations belong to shared sections, written by either side.
  if (access !== 'write' || sharedWith.length === 0) throw new Invalid('translationNotAllowed');
  return section;
}

/** Opens a translation of a shared section into a language (an empty Y document, up to date with the original). */
export function addTranslation(tx: Tx, ctx: MemberContext, input: TranslationInput, now = new Date()): MutationOutcome<{ id: string }> {
  const section = writableSection(tx, ctx, input.sectionId);
  const exists = tx
    .select({ id: sectionTranslations.id })
    .from(sectionTranslations)
    .where(and(eq(sectionTranslations.sectionId, section.id), eq(sectionTranslations.language, input.language)))
    .get();
  if (exists) throw new Conflict('translationExists', { language: 'translationExists' });
  const id = crypto.randomUUID();
  tx.insert(sectionTranslations)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      sectionId: section.id,
      language: input.language,
      sourceText: normalizeText(originalText(tx, section.id)),
      text: '',
      updatedBy: ctx.userId,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return { data: { id }, audit: { action: 'translation.add', entityType: 'section', entityId: section.id, changes: { language: input.language } } };
}

/** Confirms that a translation still says what the original says now (it is no longer out of date). */
export function markTranslationUpToDate(tx: Tx, ctx: MemberContext, input: TranslationInput, now = new Date()): MutationOutcome<null> {
  const section = writableSection(tx, ctx, input.sectionId);
  const row = tx
    .select({ id: sectionTranslations.id })
    .from(sectionTranslations)
    .where(and(eq(sectionTranslations.sectionId, section.id), eq(sectionTranslations.language, input.language)))
    .get();
  if (!row) throw new NotFound('translationNotFound');
  tx.update(sectionTranslations)
    .set({ sourceText: normalizeText(originalText(tx, section.id)), updatedBy: ctx.userId, updatedAt: now })
    .where(eq(sectionTranslations.id, row.id))
    .run();
  return { data: null, audit: { action: 'translation.confirm', entityType: 'section', entityId: section.id, changes: { language: input.language } } };
}

/** True when the caller manages partnerships (share toggles, invitations). */
export function managesPartnerships(ctx: MemberContext) {
  return can(ctx.role, 'partnerships.manage');
}

/** For the document's outline: the workspace's partnerships and, per written section, those it is shared with. */
export function listSectionShares(tx: Tx, ctx: MemberContext) {
  const list = tx
    .select({ id: partnerships.id, title: partnerships.title })
    .from(partnerships)
    .where(eq(partnerships.workspaceId, ctx.workspaceId))
    .orderBy(asc(partnerships.title))
    .all();
  const shared: Record<string, string[]> = {};
  for (const row of tx
    .select({ sectionId: partnershipSections.sectionId, partnershipId: partnershipSections.partnershipId })
    .from(partnershipSections)
    .where(eq(partnershipSections.workspaceId, ctx.workspaceId))
    .all()) {
    (shared[row.sectionId] ??= []).push(row.partnershipId);
  }
  return { partnerships: list, shared };
}
