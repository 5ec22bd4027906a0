import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { workspaces } from './workspaces';
import { users } from './users';

export const ACTOR_FAMILIES = ['internal', 'territorial', 'external'] as const;
export type ActorFamily = (typeof ACTOR_FAMILIES)[number];

/** Categories per family; the category determines the family. */
export const ACTOR_CATEGORIES = {
  internal: ['chief_executive', 'elected_official', 'assembly', 'dgs', 'directorate', 'ir_body', 'agent'],
  territorial: [
    'association', 'diaspora', 'school', 'university', 'hospital', 'company', 'chamber', 'cultural',
    'youth', 'regional_network', 'local_commune', 'local_epci', 'local_departement', 'local_region',
  ],
  external: ['partner_authority', 'network', 'funder_ministry', 'funder_eu', 'funder_agency', 'funder_other', 'international_org', 'embassy'],
} as const satisfies Record<ActorFamily, readonly string[]>;

export const ALL_ACTOR_CATEGORIES = Object.values(ACTOR_CATEGORIES).flat() as ActorCategory[];
export type ActorCategory = (typeof ACTOR_CATEGORIES)[ActorFamily][number];

/** The family a category belongs to. */
export function familyOf(category: ActorCategory): ActorFamily {
  return (Object.keys(ACTOR_CATEGORIES) as ActorFamily[]).find((f) =>
    (ACTOR_CATEGORIES[f] as readonly string[]).includes(category),
  )!;
}

export const RELATION_TYPES = ['partnership', 'twinning', 'funding', 'membership', 'coordination', 'supervision', 'other'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Who connects the territory to the world. Contact fields are personal data (exportable, erasable). */
export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
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
    /** Optimistic concurrency: a save must name the version it was loaded with (lib/concurrency.ts). */
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('actors_workspace_name_idx').on(t.workspaceId, t.name),
    index('actors_workspace_category_idx').on(t.workspaceId, t.family, t.category),
    index('actors_workspace_country_idx').on(t.workspaceId, t.country),
    index('actors_workspace_normalized_idx').on(t.workspaceId, t.normalizedName),
  ],
);

export const actorRelations = sqliteTable(
  'actor_relations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    sourceId: text('source_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    targetId: text('target_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    type: text('type', { enum: RELATION_TYPES }).notNull(),
    /** True when the relation goes one way (source funds target, source supervises target…). */
    directed: integer('directed', { mode: 'boolean' }).notNull(),
    strength: integer('strength').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    notes: text('notes'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('actor_relations_workspace_idx').on(t.workspaceId),
    index('actor_relations_source_idx').on(t.sourceId),
    index('actor_relations_target_idx').on(t.targetId),
    uniqueIndex('actor_relations_pair_type_idx').on(t.sourceId, t.targetId, t.type),
  ],
);

/** A public census questionnaire link, opened by an editor for the territory's stakeholders. */
export const censusLinks = sqliteTable(
  'census_links',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    token: text('token').notNull().unique(),
    open: integer('open', { mode: 'boolean' }).notNull(),
    closesAt: text('closes_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('census_links_workspace_idx').on(t.workspaceId)],
);

export const CENSUS_STATUSES = ['pending', 'accepted', 'rejected'] as const;

/** One stakeholder's answer to the census, waiting for moderation. */
export const censusResponses = sqliteTable(
  'census_responses',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    linkId: text('link_id')
      .notNull()
      .references(() => censusLinks.id, { onDelete: 'cascade' }),
    status: text('status', { enum: CENSUS_STATUSES }).notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    moderatedBy: text('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: integer('moderated_at', { mode: 'timestamp_ms' }),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('census_responses_workspace_status_idx').on(t.workspaceId, t.status)],
);

export type Actor = typeof actors.$inferSelect;
export type ActorRelation = typeof actorRelations.$inferSelect;
export type CensusLink = typeof censusLinks.$inferSelect;
export type CensusResponse = typeof censusResponses.$inferSelect;
