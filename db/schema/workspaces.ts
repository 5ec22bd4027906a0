import { sqliteTable, text, integer, index, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { actors } from './actors';
import { AUTHORITY_LEVELS, ROLES } from '../enums/workspaces';

export * from '../enums/workspaces';

/** An authority's workspace and its profile. */
export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  level: text('level', { enum: AUTHORITY_LEVELS }).notNull(),
  country: text('country').notNull(),
  population: integer('population'),
  languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
  /** The authority's SIREN (9 digits, Luhn-checked): its IATI organisation identifier is `FR-SIRET-<siren>`. */
  siren: text('siren'),
  /** The official geographic code of the authority (INSEE COG: commune, département or région code). */
  geoCode: text('geo_code'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    /** For a partner: the actor record of their own authority, the only actor they may see. */
    actorId: text('actor_id').references((): AnySQLiteColumn => actors.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('memberships_workspace_user_idx').on(t.workspaceId, t.userId), index('memberships_user_idx').on(t.userId)],
);

/** One-time invitation links; only the SHA-256 of the token is stored. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('invitations_workspace_idx').on(t.workspaceId)],
);

export type Workspace = typeof workspaces.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
