import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { relationBetween } from '@/lib/actors/relation-between';
import { actorRelations, actors, censusLinks, censusResponses, workspaces } from '@/db/schema';
import { familyOf, type CensusLink } from '@/db/schema/actors';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { recordAudit } from '@/lib/audit/queries';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { actorChanges, CONTACT_FIELDS, getActor, insertActor } from '@/lib/actors/queries';
import { ActorInput, normalizeName } from '@/lib/actors/schemas';
import { FREQUENCY_STRENGTH, todayInFrance, type AcceptCensusInput, type CensusLinkInput, type CensusPayload, type CensusSubmission } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';
import { pickColumns } from '@/lib/pick-columns';
import { pickFields } from '@/lib/pick-fields';
import { updateInWorkspace } from '@/lib/workspace-row-writes';

/** A new public token: 32 random bytes, base64url (43 characters), unguessable. */
export function newCensusToken() {
  return crypto.randomBytes(32).toString('base64url');
}

/** Opens a new questionnaire link (open at once). */
export function createCensusLink(tx: Tx, ctx: MemberContext, input: CensusLinkInput): MutationOutcome<{ id: string; token: string }> {
  const token = newCensusToken();
  const id = insertInWorkspace(tx, censusLinks, ctx, {
    title: input.title,
    token,
    open: true,
    closesAt: input.closesAt,
    createdBy: ctx.userId,
    createdAt: new Date(),
  });
  return {
    data: { id, token },
    audit: { action: 'censusLink.create', entityType: 'censusLink', entityId: id, changes: { title: input.title, closesAt: input.closesAt } },
  };
}

function getCensusLink(tx: Tx, ctx: MemberContext, id: string): CensusLink {
  return getInWorkspace(tx, censusLinks, ctx, id, 'censusLinkNotFound');
}

/** Opens or closes a link; a closed link refuses answers but keeps those already received. */
export function setCensusLinkOpen(tx: Tx, ctx: MemberContext, input: { id: string; open: boolean }): MutationOutcome<null> {
  const link = getCensusLink(tx, ctx, input.id);
  updateInWorkspace(tx, censusLinks, ctx, link.id, { open: input.open });
  return {
    data: null,
    audit: {
      action: input.open ? 'censusLink.open' : 'censusLink.close',
      entityType: 'censusLink',
      entityId: link.id,
      changes: { open: { from: link.open, to: input.open } },
    },
  };
}

/** Whether a link takes answers now: open, and not past its closing day. */
export function censusLinkStatus(link: Pick<CensusLink, 'open' | 'closesAt'>, now = new Date()): 'open' | 'closed' | 'expired' {
  if (!link.open) return 'closed';
  if (link.closesAt && todayInFrance(now) > link.closesAt) return 'expired';
  return 'open';
}

/** The workspace's links, newest first, with how many answers each has waiting and in total. */
export function listCensusLinks(tx: Tx, ctx: MemberContext, now = new Date()) {
  const rows = tx
    .select({
      ...pickColumns(censusLinks, ['id', 'title', 'token', 'open', 'closesAt', 'createdAt']),
      responses: count(censusResponses.id),
      pending: sql<number>`coalesce(sum(case when ${censusResponses.status} = 'pending' then 1 else 0 end), 0)`,
    })
    .from(censusLinks)
    .leftJoin(censusResponses, eq(censusResponses.linkId, censusLinks.id))
    .where(eq(censusLinks.workspaceId, ctx.workspaceId))
    .groupBy(censusLinks.id)
    .orderBy(desc(censusLinks.createdAt))
    .all();
  return rows.map((r) => ({ ...r, status: censusLinkStatus(r, now) }));
}

export type PublicCensusLink = { status: 'unknown' } | { status: 'open' | 'closed' | 'expired'; title: string; authorityName: string };

/**
 * What the public page may know about a token: whether it takes answers, the questionnaire's title
 * and the authority's name. Nothing else of the workspace leaves this function.
 */
export function findPublicCensusLink(tx: Tx, token: string, now = new Date()): PublicCensusLink {
  if (!token || token.length > 100) return { status: 'unknown' };
  const row = tx
    .select({ open: censusLinks.open, closesAt: censusLinks.closesAt, title: censusLinks.title, authorityName: workspaces.name })
    .from(censusLinks)
    .innerJoin(workspaces, eq(workspaces.id, censusLinks.workspaceId))
    .where(eq(censusLinks.token, token))
    .get();
  if (!row) return { status: 'unknown' };
  return { status: censusLinkStatus(row, now), title: row.title, authorityName: row.authorityName };
}

/**
 * Stores a stakeholder's answer for moderation. Refuses an unknown, closed or expired link. The
 * audit entry names no person: the answer is anonymous until an editor accepts it.
 */
export function submitCensusResponse(tx: Tx, input: CensusSubmission, now = new Date()): { id: string } {
  const link = tx.select().from(censusLinks).where(eq(censusLinks.token, input.token)).get();
  if (!link) throw new NotFound('censusLinkUnknown');
  const status = censusLinkStatus(link, now);
  if (status !== 'open') throw new Invalid(status === 'closed' ? 'censusLinkClosed' : 'censusLinkExpired');
  const { token: _token, homepage: _homepage, ...payload } = input;
  const id = crypto.randomUUID();
  tx.insert(censusResponses).values({ id, workspaceId: link.workspaceId, linkId: link.id, status: 'pending', payload, submittedAt: now }).run();
  recordAudit(
    tx,
    { workspaceId: link.workspaceId, userId: null },
    {
      action: 'censusResponse.submit',
      entityType: 'censusResponse',
      entityId: id,
      changes: { linkId: link.id, links: payload.links.length },
    },
  );
  return { id };
}

/** Existing actors whose normalised name equals or contains the answer's (or the reverse): merge candidates. */
export function suggestMergeTargets(tx: Tx, ctx: MemberContext, name: string, limit = 5) {
  const n = normalizeName(name);
  if (!n) return [];
  return tx
    .select({ id: actors.id, name: actors.name, city: actors.city, category: actors.category, country: actors.country })
    .from(actors)
    .where(
      and(
        eq(actors.workspaceId, ctx.workspaceId),
        or(
          eq(actors.normalizedName, n),
          sql`${actors.normalizedName} like ${`%${n.replace(/[%_]/g, '')}%`}`,
          sql`length(${actors.normalizedName}) >= 4 and ${n} like '%' || ${actors.normalizedName} || '%'`,
        ),
      ),
    )
    .orderBy(sql`${actors.normalizedName} = ${n} desc`, asc(actors.normalizedName))
    .limit(limit)
    .all();
}

/** The moderation queue: pending answers, oldest first, each with its link and merge candidates. */
export function listPendingResponses(tx: Tx, ctx: MemberContext, limit = 50) {
  const rows = tx
    .select({ id: censusResponses.id, payload: censusResponses.payload, submittedAt: censusResponses.submittedAt, linkTitle: censusLinks.title })
    .from(censusResponses)
    .innerJoin(censusLinks, eq(censusLinks.id, censusResponses.linkId))
    .where(and(eq(censusResponses.workspaceId, ctx.workspaceId), eq(censusResponses.status, 'pending')))
    .orderBy(asc(censusResponses.submittedAt), asc(censusResponses.id))
    .limit(limit)
    .all();
  return rows.map((r) => {
    const payload = r.payload as unknown as CensusPayload;
    return { ...r, payload, suggestions: suggestMergeTargets(tx, ctx, payload.organisation) };
  });
}

/** Counts of answers by status, for the page's summary. */
export function countResponses(tx: Tx, ctx: MemberContext) {
  const rows = tx
    .select({ status: censusResponses.status, n: count() })
    .from(censusResponses)
    .where(eq(censusResponses.workspaceId, ctx.workspaceId))
    .groupBy(censusResponses.status)
    .all();
  const out = { pending: 0, accepted: 0, rejected: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

function getPendingResponse(tx: Tx, ctx: MemberContext, id: string) {
  const row = getInWorkspace(tx, censusResponses, ctx, id, 'censusResponseNotFound');
  if (row.status !== 'pending') throw new Conflict('censusAlreadyModerated');
  return { ...row, payload: row.payload as unknown as CensusPayload };
}

/** Once moderated, the answer keeps no personal data: the contact lives on in the actor, where it can be erased. */
function withoutContact(payload: CensusPayload): CensusPayload {
  return { ...payload, contactName: null, contactRole: null, contactEmail: null, contactPhone: null };
}

/** The actor's "international links" text: the stakeholder's own words, then one line per link. */
function linksText(payload: CensusPayload): string {
  const lines = payload.links.map((l) => `• ${l.partner} (${l.country})${l.potential ? ` — ${l.potential}` : ''}`);
  return [payload.description, ...lines].filter(Boolean).join('\n').slice(0, 4000);
}

function findOrCreatePartner(
  tx: Tx,
  ctx: MemberContext,
  link: CensusPayload['links'][number],
  category: (typeof actors.$inferSelect)['category'],
  now: Date,
): { id: string; created: boolean } {
  const existing = tx
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.workspaceId, ctx.workspaceId), eq(actors.normalizedName, normalizeName(link.partner)), eq(actors.country, link.country)))
    .orderBy(asc(actors.createdAt))
    .get();
  if (existing) return { id: existing.id, created: false };
  const input = ActorInput.parse({ name: link.partner, category, country: link.country });
  return { id: insertActor(tx, ctx, input, now), created: true };
}

/**
 * Accepts an answer: creates the stakeholder as a territorial actor (in the workspace's own
 * country) or completes an existing actor's empty fields; finds or creates each partner abroad as
 * an external actor (same normalised name and country = same actor) and links them with a relation
 * of the chosen kind. Everything happens in the caller's transaction.
 */
export function acceptCensusResponse(tx: Tx, ctx: MemberContext, input: AcceptCensusInput): MutationOutcome<{ actorId: string }> {
  const response = getPendingResponse(tx, ctx, input.id);
  const payload = response.payload;
  const now = new Date();
  const audit: MutationOutcome<unknown>['audit'] = [];
  let actorId: string;

  if (input.mode === 'create') {
    const ws = tx.select({ country: workspaces.country }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
    const parsed = ActorInput.safeParse({
      name: payload.organisation,
      category: payload.category,
      country: ws?.country ?? null,
      city: payload.city,
      links: linksText(payload),
      ...pickFields(payload, CONTACT_FIELDS),
    });
    if (!parsed.success) throw new Invalid('censusAnswerInvalid');
    actorId = insertActor(tx, ctx, parsed.data, now);
    audit.push({
      action: 'actor.create',
      entityType: 'actor',
      entityId: actorId,
      changes: { name: parsed.data.name, category: parsed.data.category, source: 'census' },
    });
  } else {
    const target = getActor(tx, ctx, input.actorId!);
    const hasContact = !!(target.contactName || target.contactEmail || target.contactPhone);
    const extra = linksText(payload);
    const values = {
      city: target.city ?? payload.city,
      links: target.links ? (target.links.includes(extra) ? target.links : `${target.links}\n${extra}`.slice(0, 4000)) : extra,
      ...(hasContact
        ? {}
        : { contactName: payload.contactName, contactRole: payload.contactRole, contactEmail: payload.contactEmail, contactPhone: payload.contactPhone }),
    };
    updateInWorkspace(tx, actors, ctx, target.id, { ...values, version: sql`${actors.version} + 1`, updatedAt: now });
    actorId = target.id;
    audit.push({ action: 'actor.update', entityType: 'actor', entityId: actorId, changes: { ...actorChanges(target, values), source: 'census' } });
  }

  let partnersCreated = 0;
  let relationsCreated = 0;
  const partnerIds = new Map<string, string>();
  payload.links.forEach((link, i) => {
    const choice = input.links[i];
    const category = choice?.partnerCategory ?? 'partner_authority';
    const type = choice?.relationType ?? link.kind;
    const key = `${normalizeName(link.partner)}|${link.country}`;
    let partnerId = partnerIds.get(key);
    if (!partnerId) {
      const partner = findOrCreatePartner(tx, ctx, link, category, now);
      partnerId = partner.id;
      partnerIds.set(key, partnerId);
      if (partner.created) {
        partnersCreated++;
        audit.push({
          action: 'actor.create',
          entityType: 'actor',
          entityId: partnerId,
          changes: { name: link.partner, category, family: familyOf(category), source: 'census' },
        });
      }
    }
    if (partnerId === actorId) return;
    if (relationBetween(tx, ctx, type, actorId, partnerId)) return;
    tx.insert(actorRelations)
      .values({
        id: crypto.randomUUID(),
        workspaceId: ctx.workspaceId,
        sourceId: actorId,
        targetId: partnerId,
        type,
        directed: false,
        strength: FREQUENCY_STRENGTH[link.frequency],
        notes: link.potential,
        createdAt: now,
      })
      .run();
    relationsCreated++;
  });

  tx.update(censusResponses)
    .set({ status: 'accepted', actorId, moderatedBy: ctx.userId, moderatedAt: now, payload: withoutContact(payload) })
    .where(eq(censusResponses.id, response.id))
    .run();
  audit.unshift({
    action: 'censusResponse.accept',
    entityType: 'censusResponse',
    entityId: response.id,
    changes: { mode: input.mode, actorId, partnersCreated, partnersReused: partnerIds.size - partnersCreated, relationsCreated },
  });
  return { data: { actorId }, audit };
}

/** Rejects an answer; its personal data is dropped at once. */
export function rejectCensusResponse(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const response = getPendingResponse(tx, ctx, input.id);
  tx.update(censusResponses)
    .set({ status: 'rejected', moderatedBy: ctx.userId, moderatedAt: new Date(), payload: withoutContact(response.payload) })
    .where(eq(censusResponses.id, response.id))
    .run();
  return {
    data: null,
    audit: { action: 'censusResponse.reject', entityType: 'censusResponse', entityId: response.id, changes: { organisation: response.payload.organisation } },
  };
}
