import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACTOR_FAMILIES, RELATION_TYPES, type ActorCategory } from '../enums/actors';
import { timestampColumn, createdAtColumn, updatedAtColumn, timestamps, versionColumn, parentColumn, optionalLinkColumn } from './base-columns';
import { workspaceIdColumn, userColumn, workspaceTable } from './columns';

export * from '../enums/actors';

/** Who connects the territory to the world. Contact fields are personal data (exportable, erasable). */
export const actors = workspaceTable(
  'actors',
  {
    family: text('family', { enum: ACTOR_FAMILIES }).notNull(),
    category: text('category').$type<ActorCategory>().notNull(),
    name: text('name').notNull(),
    /** Lower-case, accents and punctuation removed: finds likely duplicates. */
    normalizedName: text('normalized_name').notNull(),
    portfolio: text('portfolio'),
    country: text('country'),
    city: text('city'),
    themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    links: text('links'),
    influence: integer('influence').notNull(),
    interest: integer('interest').notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    website: text('website'),
    contactName: text('contact_name'),
    contactRole: text('contact_role'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** Who created the record (null for imports, the census and older rows): a contributor edits the actors they created (lib/actors/access.ts). */
    createdBy: userColumn('created_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    index('actors_workspace_name_idx').on(t.workspaceId, t.name),
    index('actors_workspace_category_idx').on(t.workspaceId, t.family, t.category),
    index('actors_workspace_country_idx').on(t.workspaceId, t.country),
    index('actors_workspace_normalized_idx').on(t.workspaceId, t.normalizedName),
  ],
);

export const actorRelations = workspaceTable(
  'actor_relations',
  {
    sourceId: parentColumn('source_id', () => actors.id),
    targetId: parentColumn('target_id', () => actors.id),
    type: text('type', { enum: RELATION_TYPES }).notNull(),
    /** True when the relation goes one way (source funds target, source supervises target…). */
    directed: integer('directed', { mode: 'boolean' }).notNull(),
    strength: integer('strength').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    notes: text('notes'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('actor_relations_workspace_idx').on(t.workspaceId),
    index('actor_relations_source_idx').on(t.sourceId),
    index('actor_relations_target_idx').on(t.targetId),
    uniqueIndex('actor_relations_pair_type_idx').on(t.sourceId, t.targetId, t.type),
  ],
);

/** A public census questionnaire link, opened by an editor for the territory's stakeholders. */
export const censusLinks = workspaceTable(
  'census_links',
  {
    title: text('title').notNull(),
    token: text('token').notNull().unique(),
    open: integer('open', { mode: 'boolean' }).notNull(),
    closesAt: text('closes_at'),
    createdBy: userColumn('created_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('census_links_workspace_idx').on(t.workspaceId)],
);

export const CENSUS_STATUSES = ['pending', 'accepted', 'rejected'] as const;

/** One stakeholder's answer to the census, waiting for moderation. */
export const censusResponses = workspaceTable(
  'census_responses',
  {
    linkId: parentColumn('link_id', () => censusLinks.id),
    status: text('status', { enum: CENSUS_STATUSES }).notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    actorId: optionalLinkColumn('actor_id', () => actors.id),
    moderatedBy: userColumn('moderated_by'),
    moderatedAt: timestampColumn('moderated_at'),
    submittedAt: timestampColumn('submitted_at').notNull(),
  },
  (t) => [index('census_responses_workspace_status_idx').on(t.workspaceId, t.status)],
);

export type Actor = typeof actors.$inferSelect;
export type ActorRelation = typeof actorRelations.$inferSelect;
export type CensusLink = typeof censusLinks.$inferSelect;
export type CensusResponse = typeof censusResponses.$inferSelect;

/**
 * What a person chose for a value of an imported file that matched no list entry by itself
 * ("Collectivité territoriale" in Senegal → partner_authority), offered again at the next import.
 * `field` is the closed list (category, country, relationType), `scope` the row's country side
 * when it decides ('fr', 'abroad' or ''), `value` the normalised cell, `choice` a code of that list,
 * `__empty` or `__aside`.
 */
export const importValueChoices = workspaceTable(
  'import_value_choices',
  {
    field: text('field').notNull(),
    scope: text('scope').notNull(),
    value: text('value').notNull(),
    choice: text('choice').notNull(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [uniqueIndex('import_value_choices_key_idx').on(t.workspaceId, t.field, t.scope, t.value)],
);
export type ImportValueChoice = typeof importValueChoices.$inferSelect;

/**
 * The last layout of each actors graph (workspace and filters), computed by whichever process first
 * serves it and read by the others, and kept across restarts: derived data, recomputed from the
 * actors and relations when `structure` (a hash of them) no longer matches.
 */
export const actorGraphLayouts = sqliteTable(
  'actor_graph_layouts',
  {
    key: text('key').primaryKey(),
    workspaceId: workspaceIdColumn(),
    structure: text('structure').notNull(),
    /** The actors' ids, in the order of `positions` (x, y pairs): a changed graph starts from them. */
    ids: text('ids', { mode: 'json' }).$type<string[]>().notNull(),
    positions: text('positions', { mode: 'json' }).$type<number[]>().notNull(),
    computedAt: timestampColumn('computed_at').notNull(),
  },
  (t) => [index('actor_graph_layouts_workspace_idx').on(t.workspaceId, t.computedAt)],
);
