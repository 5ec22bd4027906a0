import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';

/**
 * Personal access tokens of the read-only REST API (docs/decisions/0025-read-only-api.md): scoped to
 * one workspace, read-only, with an expiry. Only the sha256 of the secret is kept; the secret is
 * shown once at creation.
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Hex sha256 of the secret. */
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the secret, to recognise a token in the list. */
    prefix: text('prefix').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedBy: text('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_workspace_idx').on(t.workspaceId, t.createdAt)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
