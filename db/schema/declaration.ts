import { text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestampColumn } from './base-columns';
import { userColumn, workspaceTable } from './columns';

export * from '../enums/declaration';

/**
 * A frozen yearly declaration of development assistance (docs/decisions/0027-yearly-aid-declaration.md).
 * `snapshot` holds every line and total as integer cents at the moment of the freeze; later changes
 * to actions or missions never alter it. An admin may re-open a frozen year (`reopenedAt`): the next
 * freeze of that year stores version n + 1, the earlier versions stay readable.
 */
export const aidDeclarations = workspaceTable(
  'aid_declarations',
  {
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    /** The declared total (sum of the categories), in euro cents. */
    totalCents: integer('total_cents').notNull(),
    /** JSON of lib/declaration/assemble.ts `DeclarationSnapshot`. */
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    frozenBy: userColumn('frozen_by'),
    frozenAt: timestampColumn('frozen_at').notNull(),
    reopenedBy: userColumn('reopened_by'),
    reopenedAt: timestampColumn('reopened_at'),
  },
  (t) => [uniqueIndex('aid_declarations_version_idx').on(t.workspaceId, t.year, t.version), index('aid_declarations_workspace_idx').on(t.workspaceId, t.year)],
);

export type AidDeclaration = typeof aidDeclarations.$inferSelect;
