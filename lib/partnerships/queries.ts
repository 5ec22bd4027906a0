import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actors,
  externalActionActors,
  externalActions,
  memberships,
  partnershipComments,
  partnershipContacts,
  partnershipContributions,
  partnershipExchanges,
  partnerships,
  partnershipSections,
  users,
  workspaces,
} from '@/db/schema';
import type { Partnership } from '@/db/schema/partnerships';
import type { MemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { NotFound } from '@/lib/errors';
import { currentDocumentState } from '@/lib/collab/persistence';
import { partnershipDocumentName } from '@/lib/collab/names';
import { plainText, richTextToHtml } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import type { SectionAccess } from '@/lib/strategy-document/access';
import { mayRemoveEntry, partnershipAccess } from './access';
import { contributionColumns, jointActionLink } from './columns';
import { pickColumns } from '@/lib/pick-columns';

// The partnerships domain's reads: who sees which partnership, its page, joint actions and comments.
// The shared sections and their translations are in section-queries.ts, the other writes in write-queries.ts.

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
// The partnership's page

/** The joint actions: the workspace's actions in which this partnership's authority is a partner. */
export function listJointActions(tx: Tx, ctx: MemberContext, partnershipId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  return tx
    .select(pickColumns(externalActions, ['id', 'title', 'type', 'status', 'startDate', 'endDate']))
    .from(externalActions)
    .innerJoin(externalActionActors, jointActionLink(partnership.actorId))
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
      ...contributionColumns,
      authorId: partnershipContributions.authorId,
    })
    .from(partnershipContributions)
    .where(eq(partnershipContributions.partnershipId, partnership.id))
    .orderBy(asc(partnershipContributions.createdAt))
    .all()
    .map(({ authorId, ...c }) => ({ ...c, removable: writable && mayRemoveEntry(ctx, { authorId }) }));
  const contacts = tx
    .select(pickColumns(partnershipContacts, ['id', 'side', 'name', 'role', 'email']))
    .from(partnershipContacts)
    .where(eq(partnershipContacts.partnershipId, partnership.id))
    .orderBy(asc(partnershipContacts.side), asc(partnershipContacts.name))
    .all()
    .map((c) => ({ ...c, removable: writable && mayRemoveEntry(ctx, { side: c.side }) }));
  const exchanges = tx
    .select(pickColumns(partnershipExchanges, ['id', 'date', 'kind', 'summary', 'language', 'authorName', 'authorId']))
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

/** The comments on one target of a partnership (its page or a shared section), oldest first. */
export function listComments(tx: Tx, ctx: MemberContext, partnershipId: string, target: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  return tx
    .select(pickColumns(partnershipComments, ['id', 'parentId', 'authorName', 'body', 'createdAt']))
    .from(partnershipComments)
    .where(and(eq(partnershipComments.partnershipId, partnership.id), eq(partnershipComments.target, target)))
    .orderBy(asc(partnershipComments.createdAt))
    .limit(500)
    .all();
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
