import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { whileUnchanged } from '@/db/state';
import { notifications } from '@/db/schema';
import type { Notification } from '@/db/schema/notifications';
import { loadMemberContext, type MemberContext } from '@/lib/auth/member';
import { can } from '@/lib/auth/policy';
import type { MutationOutcome } from '@/lib/auth/action';
import { NotFound } from '@/lib/errors';
import type { MarkReadInput } from './schemas';

type Who = Pick<MemberContext, 'userId' | 'workspaceId'>;

const mine = (who: Who) => and(eq(notifications.userId, who.userId), eq(notifications.workspaceId, who.workspaceId));

/** How many of the caller's notifications in this workspace are unread (the header's badge). */
export function unreadCount(tx: Tx, who: Who): number {
  // The header's badge on every page: kept until the database changes (db/state.ts).
  return whileUnchanged(
    tx,
    `notifications:unread:${who.userId}:${who.workspaceId}`,
    () =>
      tx
        .select({ n: count() })
        .from(notifications)
        .where(and(mine(who), isNull(notifications.readAt)))
        .get()?.n ?? 0,
  );
}

export type NotificationPage = { items: Notification[]; total: number; unread: number; page: number; pages: number };

/** One page of the caller's notifications in this workspace, newest first. */
export function listNotifications(tx: Tx, who: Who, options: { page: number; pageSize?: number }): NotificationPage {
  const pageSize = options.pageSize ?? 20;
  const total = tx.select({ n: count() }).from(notifications).where(mine(who)).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page), pages);
  const items = tx
    .select()
    .from(notifications)
    .where(mine(who))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { items, total, unread: unreadCount(tx, who), page, pages };
}

/** Marks one of the caller's notifications read (someone else's is NotFound). */
export function markNotificationRead(tx: Tx, ctx: MemberContext, input: MarkReadInput, now = new Date()): MutationOutcome<null> {
  const row = tx
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, input.id), mine(ctx)))
    .get();
  if (!row) throw new NotFound('notificationNotFound');
  if (!row.readAt) tx.update(notifications).set({ readAt: now }).where(eq(notifications.id, row.id)).run();
  return { data: null, audit: { action: 'notifications.read', entityType: 'notification', entityId: row.id, changes: {} } };
}

/** Marks all of the caller's notifications in this workspace read. */
export function markAllNotificationsRead(tx: Tx, ctx: MemberContext, now = new Date()): MutationOutcome<{ marked: number }> {
  const result = tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine(ctx), isNull(notifications.readAt)))
    .run();
  return {
    data: { marked: result.changes },
    audit: { action: 'notifications.readAll', entityType: 'notification', entityId: ctx.userId, changes: { marked: result.changes } },
  };
}

/** The unread count for the header, by workspace slug; null when the person is not a member (nothing shown). */
export function headerUnread(userId: string, slug: string): number | null {
  try {
    const ctx = loadMemberContext(userId, { slug });
    if (!can(ctx.role, 'notifications.read')) return null;
    return unreadCount(db, ctx);
  } catch {
    return null;
  }
}
