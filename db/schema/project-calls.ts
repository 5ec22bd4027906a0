import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { workspaces } from './workspaces';
import { users } from './users';
import { externalActions } from './external-actions';

/**
 * A call for projects the authority watches (issue 19.4): its title, the funder, the day
 * applications close, a link to its page and, optionally, the action it would fund. Its deadline
 * is an event of the year's calendar (lib/calendar/sources/project-calls.ts).
 */
export const projectCalls = sqliteTable(
  'project_calls',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    funder: text('funder').notNull(),
    /** YYYY-MM-DD: the last day to apply. */
    deadline: text('deadline').notNull(),
    url: text('url'),
    actionId: text('action_id').references(() => externalActions.id, { onDelete: 'set null' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('project_calls_workspace_idx').on(t.workspaceId, t.deadline)],
);

export type ProjectCall = typeof projectCalls.$inferSelect;
