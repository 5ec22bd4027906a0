import { text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestampColumn, createdAtColumn } from './base-columns';
import { userColumn, workspaceTable } from './columns';

/**
 * Personal access tokens of the read-only REST API (docs/decisions/0025-read-only-api.md): scoped to
 * one workspace, read-only, with an expiry. Only the sha256 of the secret is kept; the secret is
 * shown once at creation.
 */
export const apiTokens = workspaceTable(
  'api_tokens',
  {
    name: text('name').notNull(),
    /** Hex sha256 of the secret. */
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the secret, to recognise a token in the list. */
    prefix: text('prefix').notNull(),
    createdBy: userColumn('created_by'),
    createdAt: createdAtColumn(),
    expiresAt: timestampColumn('expires_at').notNull(),
    lastUsedAt: timestampColumn('last_used_at'),
    revokedAt: timestampColumn('revoked_at'),
    revokedBy: userColumn('revoked_by'),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_workspace_idx').on(t.workspaceId, t.createdAt)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
