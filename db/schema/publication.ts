import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { documentVersions } from './strategy-document';
import type { DashboardAggregates, PublicBlock } from '@/lib/dashboard/types';
import { timestampColumn, parentColumn } from './base-columns';
import { userColumn, workspaceKeyColumn } from './columns';

/**
 * The public page of a workspace's adopted strategy (at most one per workspace, at /p/<slug>).
 * The adoption's facts and the dashboard's figures are frozen when the admin publishes; the
 * public page maps them through an allow-list (lib/publication/project.ts). Unpublishing deletes
 * the row, so the page answers 404 at once.
 */
export const publications = sqliteTable('publications', {
  workspaceId: workspaceKeyColumn(),
  versionId: parentColumn('version_id', () => documentVersions.id),
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
  publishedBy: userColumn('published_by'),
  publishedAt: timestampColumn('published_at').notNull(),
});

export type Publication = typeof publications.$inferSelect;
