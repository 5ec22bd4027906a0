import 'server-only';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { userName } from '@/lib/user-names';
import type { Tx } from '@/db/client';
import {
  actors,
  collabDocuments,
  partnershipComments,
  partnershipContacts,
  partnershipContributions,
  partnershipExchanges,
  partnershipInvitations,
  partnerships,
  partnershipSections,
  partnershipTranslations,
  workspaces,
} from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { createInvitation } from '@/lib/workspaces/queries';
import { closeCollabDocument } from '@/lib/collab/persistence';
import { partnershipDocumentName } from '@/lib/collab/names';
import { mayRemoveEntry } from './access';
import { getPartnership, getWritablePartnership } from './queries';
import type { CommentInput, ContactInput, CreatePartnershipInput, ExchangeInput, InvitePartnerInput, RenamePartnershipInput } from './schemas';
import { findColumnsInWorkspace } from '@/lib/workspace-rows';
import { pickColumns } from '@/lib/pick-columns';
import { columnsEqual } from '@/lib/columns-equal';
import { insertPartnershipEntry } from './insert-entry';

// The partnerships domain's writes: the partnership itself, its invitations, contacts, exchanges,
// comments and the removal of entries (contributions: returns.ts; shared sections: section-queries.ts).

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

export function addContact(tx: Tx, ctx: MemberContext, input: ContactInput, now = new Date()): MutationOutcome<{ id: string }> {
  const partnership = getWritablePartnership(tx, ctx, input.partnershipId);
  const id = insertPartnershipEntry(
    tx,
    ctx,
    partnershipContacts,
    partnership.id,
    { side: input.side, name: input.name, role: input.role, email: input.email },
    now,
  );
  // The contact's details are personal data: the audit names the entry, not its content.
  return {
    data: { id },
    audit: { action: 'partnership.addContact', entityType: 'partnership', entityId: partnership.id, changes: { contactId: id, side: input.side } },
  };
}

export function addExchange(tx: Tx, ctx: MemberContext, input: ExchangeInput, now = new Date()): MutationOutcome<{ id: string }> {
  const partnership = getWritablePartnership(tx, ctx, input.partnershipId);
  const id = insertPartnershipEntry(
    tx,
    ctx,
    partnershipExchanges,
    partnership.id,
    {
      date: input.date,
      kind: input.kind,
      summary: input.summary,
      language: input.language ?? 'fr',
      authorId: ctx.userId,
      authorName: userName(tx, ctx.userId),
    },
    now,
  );
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
  const contribution = findColumnsInWorkspace(
    tx,
    partnershipContributions,
    pickColumns(partnershipContributions, ['id', 'partnershipId', 'authorId']),
    ctx,
    entryId,
  );
  if (contribution) return { kind: 'contribution', table: partnershipContributions, ...contribution, rule: { authorId: contribution.authorId } } as const;
  const contact = findColumnsInWorkspace(tx, partnershipContacts, pickColumns(partnershipContacts, ['id', 'partnershipId', 'side']), ctx, entryId);
  if (contact) return { kind: 'contact', table: partnershipContacts, ...contact, rule: { side: contact.side } } as const;
  const exchange = findColumnsInWorkspace(tx, partnershipExchanges, pickColumns(partnershipExchanges, ['id', 'partnershipId', 'authorId']), ctx, entryId);
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
      .where(columnsEqual(partnershipTranslations, { partnershipId: partnership.id, targetType: entry.kind, targetId: entry.id }))
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
  const id = insertPartnershipEntry(
    tx,
    ctx,
    partnershipComments,
    partnership.id,
    { target: input.target, parentId: input.parentId, authorId: ctx.userId, authorName: userName(tx, ctx.userId), body: input.body },
    now,
  );
  return {
    data: { id },
    audit: { action: 'partnership.comment', entityType: 'partnership', entityId: partnership.id, changes: { commentId: id, target: input.target } },
  };
}
