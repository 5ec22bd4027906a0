import 'server-only';
import { and, asc, count, desc, eq, inArray, like, or, sql, type GetColumnData, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { relationBetween } from './relation-between';
import { whileUnchanged } from '@/db/state';
import { actorRelations, actors, memberships } from '@/db/schema';
import { familyOf, type Actor } from '@/db/schema/actors';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Forbidden, NotFound } from '@/lib/errors';
import { assertCanEditActor, editableActorIds } from './access';
import { saveVersioned } from '@/lib/versioned-save';
import { fieldChanges, sameJson } from '@/lib/audit/field-changes';
import { actorFormValues, normalizeName, type ActorFilter, type ActorInput, type RelationInput } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';
import { listWorkspaceOptions } from '@/lib/workspace-options';
import { pickColumns } from '@/lib/pick-columns';
import { pickFields } from '@/lib/pick-fields';
import { deleteInWorkspace, updateInWorkspace } from '@/lib/workspace-row-writes';

/** The fields of an actor that are personal data about its contact person. */
export const CONTACT_FIELDS = ['contactName', 'contactRole', 'contactEmail', 'contactPhone'] as const;

function filterConditions(ctx: MemberContext, filter: Partial<ActorFilter>): SQL[] {
  const conditions: SQL[] = [eq(actors.workspaceId, ctx.workspaceId)];
  if (filter.q) {
    const needle = `%${normalizeName(filter.q)}%`;
    conditions.push(or(like(actors.normalizedName, needle), like(sql`lower(${actors.city})`, `%${filter.q.toLowerCase()}%`))!);
  }
  if (filter.family) conditions.push(eq(actors.family, filter.family));
  if (filter.category) conditions.push(eq(actors.category, filter.category));
  if (filter.country) conditions.push(eq(actors.country, filter.country));
  if (filter.tag) conditions.push(sql`exists (select 1 from json_each(${actors.tags}) where lower(value) = ${filter.tag.toLowerCase()})`);
  if (filter.theme) conditions.push(sql`exists (select 1 from json_each(${actors.themes}) where lower(value) = ${filter.theme.toLowerCase()})`);
  return conditions;
}

const SORT_COLUMNS = {
  name: actors.normalizedName,
  category: actors.category,
  country: actors.country,
  influence: actors.influence,
  interest: actors.interest,
  updatedAt: actors.updatedAt,
} as const;

/** One page of the actors table, filtered and sorted in SQL, with the total for pagination. */
export function listActors(tx: Tx, ctx: MemberContext, filter: ActorFilter) {
  // A filter on tags or themes reads every candidate's JSON lists (~5 ms for 5,000 actors): each
  // page of each filter is kept until the database changes (db/state.ts; 512 entries at most).
  return whileUnchanged(tx, `actors:list:${ctx.workspaceId}:${JSON.stringify(filter)}`, () => {
    const where = and(...filterConditions(ctx, filter));
    const column = SORT_COLUMNS[filter.sort];
    const total = tx.select({ n: count() }).from(actors).where(where).get()?.n ?? 0;
    const rows = tx
      .select()
      .from(actors)
      .where(where)
      .orderBy(filter.dir === 'desc' ? desc(column) : asc(column), asc(actors.id))
      .limit(filter.size)
      .offset((filter.page - 1) * filter.size)
      .all();
    return { rows, total, page: filter.page, size: filter.size };
  });
}

/** Every actor matching the filters (for exports and the graph); capped to protect the server. */
export function listAllActors(tx: Tx, ctx: MemberContext, filter: Partial<ActorFilter>, limit = 20000) {
  return tx
    .select()
    .from(actors)
    .where(and(...filterConditions(ctx, filter)))
    .orderBy(asc(actors.normalizedName))
    .limit(limit)
    .all();
}

/**
 * One actor of the caller's workspace. A partner may only see the record of their own authority;
 * for anything else they get NotFound, as for another workspace's actor.
 */
export function getActor(tx: Tx, ctx: MemberContext, id: string): Actor {
  if (ctx.role === 'partner' && ctx.actorId !== id) throw new NotFound('actorNotFound');
  return getInWorkspace(tx, actors, ctx, id, 'actorNotFound');
}

function actorValues(input: ActorInput) {
  return { ...input, family: familyOf(input.category), normalizedName: normalizeName(input.name) };
}

/** Inserts an actor; used by the form, the import and census moderation. */
export function insertActor(tx: Tx, ctx: MemberContext, input: ActorInput, now = new Date()) {
  const id = insertInWorkspace(tx, actors, ctx, { ...actorValues(input), createdBy: ctx.userId, createdAt: now, updatedAt: now });
  return id;
}

export function createActor(tx: Tx, ctx: MemberContext, input: ActorInput): MutationOutcome<{ id: string }> {
  const id = insertActor(tx, ctx, input);
  return { data: { id }, audit: { action: 'actor.create', entityType: 'actor', entityId: id, changes: { name: input.name, category: input.category } } };
}

/** The fields that differ between a stored actor and new values, as `{ field: { from, to } }`. */
export function actorChanges(before: Actor, after: Partial<Actor>) {
  const { normalizedName: _name, updatedAt: _at, ...audited } = after;
  const changes = fieldChanges(before, audited, sameJson);
  // Personal data is not copied into the audit log: only the fact that it changed.
  for (const key of CONTACT_FIELDS) {
    const change = changes[key];
    if (change) changes[key] = { from: change.from ? '•••' : null, to: change.to ? '•••' : null };
  }
  return changes;
}

/**
 * Saves an edited actor if `version` is still the stored one; otherwise refuses with the stored
 * values (lib/concurrency.ts) and changes nothing.
 */
export function updateActor(tx: Tx, ctx: MemberContext, input: ActorInput & { id: string; version: number }): MutationOutcome<{ version: number }> {
  const before = getActor(tx, ctx, input.id);
  assertCanEditActor(tx, ctx, before.id);
  const { id, version, ...rest } = input;
  const values = actorValues(rest);
  const saved = saveVersioned(tx, actors, ctx, { id, version }, values, () => ({ version: before.version, values: actorFormValues(before) }));
  return { data: { version: saved }, audit: { action: 'actor.update', entityType: 'actor', entityId: id, changes: actorChanges(before, values) } };
}

/** Moves an actor on the influence/interest grid. */
export function updateActorScores(
  tx: Tx,
  ctx: MemberContext,
  input: { id: string; influence: number; interest: number },
): MutationOutcome<{ influence: number; interest: number }> {
  const before = getActor(tx, ctx, input.id);
  assertCanEditActor(tx, ctx, before.id);
  updateInWorkspace(tx, actors, ctx, input.id, {
    influence: input.influence,
    interest: input.interest,
    version: sql`${actors.version} + 1`,
    updatedAt: new Date(),
  });
  return {
    data: { influence: input.influence, interest: input.interest },
    audit: {
      action: 'actor.update',
      entityType: 'actor',
      entityId: input.id,
      changes: actorChanges(before, { influence: input.influence, interest: input.interest }),
    },
  };
}

export function deleteActor(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getActor(tx, ctx, input.id);
  deleteInWorkspace(tx, actors, ctx, input.id);
  return { data: null, audit: { action: 'actor.delete', entityType: 'actor', entityId: input.id, changes: { name: before.name, category: before.category } } };
}

/** What the workspace holds about an actor's contact person, for a subject-access request. */
export function exportContactData(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<Record<string, string | null>> {
  const actor = getActor(tx, ctx, input.id);
  const data = {
    organisation: actor.name,
    ...pickFields(actor, CONTACT_FIELDS),
    recordUpdatedAt: actor.updatedAt.toISOString(),
  };
  // The export itself is logged: who took personal data out, and when.
  return { data, audit: { action: 'actor.contact.export', entityType: 'actor', entityId: actor.id, changes: { fields: [...CONTACT_FIELDS] } } };
}

/** Erases the contact person's details (right to erasure); the erasure is audited without the data. */
export function eraseContactData(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const actor = getActor(tx, ctx, input.id);
  const erased = CONTACT_FIELDS.filter((f) => actor[f] !== null);
  updateInWorkspace(tx, actors, ctx, actor.id, {
    contactName: null,
    contactRole: null,
    contactEmail: null,
    contactPhone: null,
    version: sql`${actors.version} + 1`,
    updatedAt: new Date(),
  });
  return { data: null, audit: { action: 'actor.contact.erase', entityType: 'actor', entityId: actor.id, changes: { erased } } };
}

/** Actors of the workspace by id, for checks that a set of ids all belong to the caller. */
function actorsByIds(tx: Tx, ctx: MemberContext, ids: string[]) {
  if (!ids.length) return [];
  return tx
    .select({ id: actors.id, name: actors.name })
    .from(actors)
    .where(and(eq(actors.workspaceId, ctx.workspaceId), inArray(actors.id, ids)))
    .all();
}

/** Creates a relation between two actors of the workspace; the same pair and type cannot repeat. */
export function createRelation(tx: Tx, ctx: MemberContext, input: RelationInput): MutationOutcome<{ id: string }> {
  const found = actorsByIds(tx, ctx, [input.sourceId, input.targetId]);
  if (found.length !== 2) throw new NotFound('actorNotFound');
  // A contributor links an actor assigned to them to another (lib/actors/access.ts).
  if (!editableActorIds(tx, ctx, [input.sourceId, input.targetId]).size) throw new Forbidden('actorNotAssigned');
  if (relationBetween(tx, ctx, input.type, input.sourceId, input.targetId)) throw new Conflict('relationExists', { targetId: 'relationExists' });
  const id = insertInWorkspace(tx, actorRelations, ctx, { ...input, createdAt: new Date() });
  return { data: { id }, audit: { action: 'relation.create', entityType: 'relation', entityId: id, changes: { ...input } } };
}

export function deleteRelation(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const row = getInWorkspace(tx, actorRelations, ctx, input.id, 'relationNotFound');
  if (!editableActorIds(tx, ctx, [row.sourceId, row.targetId]).size) throw new Forbidden('actorNotAssigned');
  deleteInWorkspace(tx, actorRelations, ctx, row.id);
  return {
    data: null,
    audit: { action: 'relation.delete', entityType: 'relation', entityId: row.id, changes: { sourceId: row.sourceId, targetId: row.targetId, type: row.type } },
  };
}

/** The relations of one actor, with the other actor's name, in one query. */
export function listActorRelations(tx: Tx, ctx: MemberContext, actorId: string) {
  const other = sql<string>`case when ${actorRelations.sourceId} = ${actorId} then ${actorRelations.targetId} else ${actorRelations.sourceId} end`;
  return tx
    .select({
      ...pickColumns(actorRelations, ['id', 'type', 'directed', 'strength', 'startDate', 'endDate', 'notes']),
      outgoing: sql<number>`${actorRelations.sourceId} = ${actorId}`,
      otherId: other,
      otherName: actors.name,
    })
    .from(actorRelations)
    .innerJoin(actors, eq(actors.id, other))
    .where(and(eq(actorRelations.workspaceId, ctx.workspaceId), or(eq(actorRelations.sourceId, actorId), eq(actorRelations.targetId, actorId))))
    .orderBy(asc(actors.normalizedName))
    .all();
}

/** Names and ids of every actor, for pickers (relation target, merge target). */
export function listActorOptions(tx: Tx, ctx: MemberContext) {
  return listWorkspaceOptions(tx, actors, ctx.workspaceId, pickColumns(actors, ['id', 'name', 'country']), actors.normalizedName);
}

/**
 * Nodes and edges of the actors graph for the filters: edges only between listed actors.
 * Two queries whatever the size.
 */
export function getActorGraph(tx: Tx, ctx: MemberContext, filter: Partial<ActorFilter>, limit = 5000) {
  const nodes = tx
    .select({ id: actors.id, name: actors.name, family: actors.family, category: actors.category, country: actors.country, influence: actors.influence })
    .from(actors)
    .where(and(...filterConditions(ctx, filter)))
    .orderBy(desc(actors.influence), asc(actors.normalizedName))
    .limit(limit)
    .all();
  // Only the relations between two drawn actors, chosen in SQL: loading every relation of a large
  // workspace (20,000) to keep a few thousand doubled the page's time (see README, Performance).
  const drawn = tx
    .select({ id: actors.id })
    .from(actors)
    .where(and(...filterConditions(ctx, filter)))
    .orderBy(desc(actors.influence), asc(actors.normalizedName))
    .limit(limit);
  const edges = tx
    .select({
      id: actorRelations.id,
      source: actorRelations.sourceId,
      target: actorRelations.targetId,
      type: actorRelations.type,
      strength: actorRelations.strength,
      directed: actorRelations.directed,
    })
    .from(actorRelations)
    .where(and(eq(actorRelations.workspaceId, ctx.workspaceId), inArray(actorRelations.sourceId, drawn), inArray(actorRelations.targetId, drawn)))
    .all();
  return { nodes, edges, truncated: nodes.length === limit };
}

/** Number of actors per country outside the authority's own country (the world map). */
export function countActorsByCountry(tx: Tx, ctx: MemberContext, homeCountry: string) {
  return tx
    .select({ country: actors.country, total: count(), partners: sql<number>`sum(case when ${actors.family} = 'external' then 1 else 0 end)` })
    .from(actors)
    .where(and(eq(actors.workspaceId, ctx.workspaceId), sql`${actors.country} is not null`, sql`${actors.country} <> ${homeCountry}`))
    .groupBy(actors.country)
    .orderBy(desc(count()))
    .all() as { country: string; total: number; partners: number }[];
}

/**
 * What the actors' filters offer: the tags, themes and countries used in the workspace (a country
 * filter lists the countries of its actors, not the world's 250).
 */
export function actorFilterValues(tx: Tx, ctx: MemberContext): { tags: string[]; themes: string[]; countries: string[] } {
  const distinct = (column: typeof actors.tags | typeof actors.themes) =>
    (tx.all(sql`select distinct value as v from ${actors}, json_each(${column}) where ${actors.workspaceId} = ${ctx.workspaceId} limit 500`) as { v: string }[])
      .map((r) => r.v)
      // Sorted here: SQLite's lower() and collation ignore accents' place in French order.
      .sort((x, y) => x.localeCompare(y, 'fr', { sensitivity: 'base' }));
  const countries = () =>
    tx
      .selectDistinct({ country: actors.country })
      .from(actors)
      .where(and(eq(actors.workspaceId, ctx.workspaceId), sql`${actors.country} is not null`))
      .all()
      .map((r) => r.country!);
  // Reading every actor's JSON lists costs ~15 ms in a workspace of 5,000 actors, on every table
  // and graph request: kept until the database changes (db/state.ts).
  return whileUnchanged(tx, `actors:filterValues:${ctx.workspaceId}`, () => ({
    tags: distinct(actors.tags),
    themes: distinct(actors.themes),
    countries: countries(),
  }));
}

/** Rows of `table` under `where` counted by `key`, most frequent first. */
function countByKey<K extends SQLiteColumn>(tx: Tx, table: SQLiteTable, key: K, where: SQL | undefined): { key: GetColumnData<K>; n: number }[] {
  const column: SQLiteColumn = key;
  return tx.select({ key: column, n: count() }).from(table).where(where).groupBy(column).orderBy(desc(count())).all() as { key: GetColumnData<K>; n: number }[];
}

/** Counts for the diagnostic's "territory and the world": by family, category, country and relation type. */
export function summarizeActors(tx: Tx, ctx: MemberContext) {
  const byFamily = tx.select({ key: actors.family, n: count() }).from(actors).where(eq(actors.workspaceId, ctx.workspaceId)).groupBy(actors.family).all();
  const byCategory = countByKey(tx, actors, actors.category, eq(actors.workspaceId, ctx.workspaceId));
  const byCountry = countByKey(tx, actors, actors.country, and(eq(actors.workspaceId, ctx.workspaceId), sql`${actors.country} is not null`)) as {
    key: string;
    n: number;
  }[];
  const byRelationType = countByKey(tx, actorRelations, actorRelations.type, eq(actorRelations.workspaceId, ctx.workspaceId));
  return { byFamily, byCategory, byCountry, byRelationType };
}

/** Links a partner's membership to the actor record of their authority. */
export function linkPartnerActor(tx: Tx, ctx: MemberContext, input: { membershipId: string; actorId: string | null }) {
  if (input.actorId) getActor(tx, ctx, input.actorId);
  updateInWorkspace(tx, memberships, ctx, input.membershipId, { actorId: input.actorId });
}
