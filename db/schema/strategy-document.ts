import { sqliteTable, text, integer, index, blob } from 'drizzle-orm/sqlite-core';
import type { DocumentSnapshot } from '@/lib/strategy-document/types';
import { createdAtColumn, updatedAtColumn, timestamps } from './base-columns';
import { workspaceIdColumn, userColumn, authorColumns, workspaceTable } from './columns';

/** Sections built from the workspace's data; each renders what its domain holds at that moment. */
export const DATA_SECTION_KINDS = ['territory', 'thread', 'axes', 'competencies', 'budget'] as const;
export type DataSectionKind = (typeof DATA_SECTION_KINDS)[number];
/** `written` sections hold rich text co-edited in real time (a Y document named `section:<id>`). */
export const SECTION_KINDS = ['written', ...DATA_SECTION_KINDS] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The outline of a workspace's strategy document, in reading order. */
export const documentSections = workspaceTable(
  'document_sections',
  {
    kind: text('kind', { enum: SECTION_KINDS }).notNull(),
    position: integer('position').notNull(),
    /** A written section's title; null for a data section, which takes its title from the messages. */
    title: text('title'),
    /** The member who writes this section; a contributor may edit only the sections assigned to them. */
    assigneeId: userColumn('assignee_id'),
    ...timestamps(),
  },
  (t) => [index('document_sections_workspace_position_idx').on(t.workspaceId, t.position)],
);

/**
 * The Yjs state of each collaborative document (a written section), stored by the collaboration
 * server's database extension. `name` is the Hocuspocus document name, `section:<sectionId>`.
 */
export const collabDocuments = sqliteTable(
  'collab_documents',
  {
    name: text('name').primaryKey(),
    workspaceId: workspaceIdColumn(),
    state: blob('state', { mode: 'buffer' }).notNull(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [index('collab_documents_workspace_idx').on(t.workspaceId)],
);

/**
 * A saved version of the whole document. The snapshot freezes every section as it was (written
 * text, and data sections' figures), so a version never changes when the data does; a trigger in
 * the migration refuses any UPDATE of a row.
 */
export const documentVersions = workspaceTable(
  'document_versions',
  {
    name: text('name').notNull(),
    note: text('note').notNull().default(''),
    ...authorColumns(),
    snapshot: text('snapshot', { mode: 'json' }).$type<DocumentSnapshot>().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('document_versions_workspace_created_idx').on(t.workspaceId, t.createdAt)],
);

export type DocumentSection = typeof documentSections.$inferSelect;
export type DocumentVersion = typeof documentVersions.$inferSelect;
