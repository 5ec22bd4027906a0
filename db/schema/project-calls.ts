import { text, index } from 'drizzle-orm/sqlite-core';
import { externalActions } from './external-actions';
import { createdAtColumn, optionalLinkColumn } from './base-columns';
import { userColumn, workspaceTable } from './columns';

/**
 * A call for projects the authority watches (issue 19.4): its title, the funder, the day
 * applications close, a link to its page and, optionally, the action it would fund. Its deadline
 * is an event of the year's calendar (lib/calendar/sources/project-calls.ts).
 */
export const projectCalls = workspaceTable(
  'project_calls',
  {
    title: text('title').notNull(),
    funder: text('funder').notNull(),
    /** YYYY-MM-DD: the last day to apply. */
    deadline: text('deadline').notNull(),
    url: text('url'),
    actionId: optionalLinkColumn('action_id', () => externalActions.id),
    createdBy: userColumn('created_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('project_calls_workspace_idx').on(t.workspaceId, t.deadline)],
);

export type ProjectCall = typeof projectCalls.$inferSelect;
