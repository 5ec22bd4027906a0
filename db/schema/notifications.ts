import { text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ownerAccountColumn } from './users';
import { timestampColumn, createdAtColumn } from './base-columns';
import { workspaceTable } from './columns';

export const NOTIFICATION_KINDS = [
  'review_requested',
  'comment',
  'mention',
  'review_approved',
  'changes_requested',
  'review_completed',
  'adopted',
  'indicator_overdue',
  'partner_comment',
  'publication',
  'debrief_assigned',
  'reporting_round',
  'evaluation_review_requested',
  'evaluation_reviewed',
  'evaluation_review_completed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One in-app notification for one person in one workspace. The text is rendered in the reader's
 * language from `kind` and `params` (messages `notifications.kinds.*`); `href` is the object it
 * links to. `dedupeKey` makes repeated sweeps idempotent (for instance one overdue notice per
 * indicator and period). `email` says whether it still has to be emailed.
 */
export const notifications = workspaceTable(
  'notifications',
  {
    userId: ownerAccountColumn(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    href: text('href').notNull(),
    dedupeKey: text('dedupe_key'),
    email: text('email', { enum: ['none', 'pending', 'sent', 'failed'] }).notNull(),
    readAt: timestampColumn('read_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('notifications_user_workspace_idx').on(t.userId, t.workspaceId, t.createdAt),
    index('notifications_email_idx').on(t.email),
    uniqueIndex('notifications_user_dedupe_idx').on(t.userId, t.dedupeKey),
  ],
);

export type Notification = typeof notifications.$inferSelect;
