import { text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** How an authority holds a competency: by law alone, by choice, or alongside other levels. */
import { COMPETENCY_NATURES, COMPETENCY_DOMAINS } from '../enums/competencies';
import { updatedAtColumn, timestamps } from './base-columns';
import { workspaceTable } from './columns';

export * from '../enums/competencies';

/**
 * A workspace's choices about the reference catalogue (lib/competencies/catalogue.ts): entries it
 * hides. The catalogue itself is versioned data in code, not rows.
 */
export const competencyOverrides = workspaceTable(
  'competency_overrides',
  {
    catalogueKey: text('catalogue_key').notNull(),
    hidden: integer('hidden', { mode: 'boolean' }).notNull(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [uniqueIndex('competency_overrides_workspace_key_idx').on(t.workspaceId, t.catalogueKey)],
);

/** A competency a workspace adds to the catalogue of its level (written in its own language). */
export const customCompetencies = workspaceTable(
  'custom_competencies',
  {
    title: text('title').notNull(),
    domain: text('domain', { enum: COMPETENCY_DOMAINS }).notNull(),
    nature: text('nature', { enum: COMPETENCY_NATURES }).notNull(),
    reference: text('reference'),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [index('custom_competencies_workspace_idx').on(t.workspaceId, t.title)],
);

export type CompetencyOverride = typeof competencyOverrides.$inferSelect;
export type CustomCompetency = typeof customCompetencies.$inferSelect;
