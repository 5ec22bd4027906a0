import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { workspaces } from './workspaces';
import { createdAtColumn, optionalParentColumn } from './base-columns';
import { userColumn } from './columns';

/** Every mutation: who, when, which workspace, which entity and what changed. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: optionalParentColumn('workspace_id', () => workspaces.id),
    userId: userColumn('user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    changes: text('changes', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('audit_log_workspace_created_idx').on(t.workspaceId, t.createdAt), index('audit_log_workspace_entity_idx').on(t.workspaceId, t.entityType)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
