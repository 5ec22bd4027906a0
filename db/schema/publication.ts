import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';
import { documentVersions } from './strategy-document';
import type { DashboardAggregates, PublicBlock } from '@/lib/dashboard/types';

/**
 * The public page of a workspace's adopted strategy (at most one per workspace, at /p/<slug>).
 * The adoption's facts and the dashboard's figures are frozen when the admin publishes; the
 * public page maps them through an allow-list (lib/publication/project.ts). Unpublishing deletes
 * the row, so the page answers 404 at once.
 */
export const publications = sqliteTable('publications', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  versionId: text('version_id')
    .notNull()
    .references(() => documentVersions.id, { onDelete: 'cascade' }),
  versionName: text('version_name').notNull(),
  /** YYYY-MM-DD, the deliberation's day. */
  adoptedOn: text('adopted_on').notNull(),
  body: text('body').notNull(),
  reference: text('reference').notNull(),
  /** The dashboard blocks shown, in the order of PUBLIC_BLOCKS. */
  blocks: text('blocks', { mode: 'json' }).$type<PublicBlock[]>().notNull(),
  /** Whether the document's written chapters are shown beside the vision and axes. */
  chapters: integer('chapters', { mode: 'boolean' }).notNull(),
  aggregates: text('aggregates', { mode: 'json' }).$type<DashboardAggregates>().notNull(),
  publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
});

export type Publication = typeof publications.$inferSelect;
