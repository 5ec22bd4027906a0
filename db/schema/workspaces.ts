import { sqliteTable, text, integer, index, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users, ownerAccountColumn } from './users';
import { createdAtColumn, idColumn, optionalLinkColumn, parentColumn, timestampColumn, timestamps } from './base-columns';
import { actors } from './actors';
import { AUTHORITY_LEVELS, ROLES } from '../enums/workspaces';

export * from '../enums/workspaces';

/** An authority's workspace and its profile. */
export const workspaces = sqliteTable('workspaces', {
  id: idColumn(),
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
  ...timestamps(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    id: idColumn(),
    workspaceId: parentColumn('workspace_id', () => workspaces.id),
    userId: ownerAccountColumn(),
    role: text('role', { enum: ROLES }).notNull(),
    /** For a partner: the actor record of their own authority, the only actor they may see. */
    actorId: optionalLinkColumn('actor_id', (): AnySQLiteColumn => actors.id),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('memberships_workspace_user_idx').on(t.workspaceId, t.userId), index('memberships_user_idx').on(t.userId)],
);

/** One-time invitation links; only the SHA-256 of the token is stored. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: idColumn(),
    workspaceId: parentColumn('workspace_id', () => workspaces.id),
    email: text('email').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: optionalLinkColumn('invited_by', () => users.id),
    expiresAt: timestampColumn('expires_at').notNull(),
    acceptedAt: timestampColumn('accepted_at'),
    revokedAt: timestampColumn('revoked_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('invitations_workspace_idx').on(t.workspaceId)],
);

export type Workspace = typeof workspaces.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
