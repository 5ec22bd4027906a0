import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users, ownerAccountColumn } from './users';
import { actionIdColumn } from './external-actions';
import { MILESTONE_KINDS } from '../enums/milestones';
import { timestampColumn, timestamps, extensionKeyColumn } from './base-columns';
import { userColumn, workspaceTable } from './columns';

export * from '../enums/milestones';

/**
 * A dated step of an external action (agreement signed, instalment received, report due…). Its
 * status is derived: done once `doneOn` is set, late when `dueOn` has passed without it.
 */
export const actionMilestones = workspaceTable(
  'action_milestones',
  {
    actionId: actionIdColumn(),
    kind: text('kind', { enum: MILESTONE_KINDS }).notNull(),
    /** An optional label; the kind names the step otherwise. */
    label: text('label'),
    /** YYYY-MM-DD: the day the step is planned for. */
    dueOn: text('due_on').notNull(),
    /** YYYY-MM-DD: the day it was done, or null. */
    doneOn: text('done_on'),
    createdBy: userColumn('created_by'),
    ...timestamps(),
  },
  (t) => [index('action_milestones_workspace_idx').on(t.workspaceId, t.dueOn), index('action_milestones_action_idx').on(t.actionId, t.dueOn)],
);

/**
 * A person's calendar settings: the SHA-256 of their secret iCalendar feed address (the address
 * itself is shown once), and whether they opted out of the weekly digest.
 */
export const calendarSettings = sqliteTable(
  'calendar_settings',
  {
    userId: extensionKeyColumn('user_id', () => users.id),
    feedTokenHash: text('feed_token_hash'),
    feedCreatedAt: timestampColumn('feed_created_at'),
    digestOptOut: integer('digest_opt_out', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('calendar_settings_feed_idx').on(t.feedTokenHash)],
);

/**
 * One row per person and ISO week (`2026-W49`) once their weekly digest is claimed: the unique key
 * makes the digest go out once even when several processes run the timer.
 */
export const digestDeliveries = sqliteTable(
  'digest_deliveries',
  {
    userId: ownerAccountColumn(),
    week: text('week').notNull(),
    /** 'sent', or 'empty' when nothing was due or late (no email). */
    outcome: text('outcome', { enum: ['sending', 'sent', 'empty'] }).notNull(),
    claimedAt: timestampColumn('claimed_at').notNull(),
  },
  (t) => [uniqueIndex('digest_deliveries_user_week_idx').on(t.userId, t.week)],
);

export type ActionMilestone = typeof actionMilestones.$inferSelect;
