import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { memberships, notifications } from '@/db/schema';
import type { NotificationKind } from '@/db/schema/notifications';
import type { Role } from '@/db/schema/workspaces';
import { can, type Permission } from '@/lib/auth/policy';
import { scheduleEmailDelivery, mailConfigured } from './email';

// No `server-only` here: the overdue sweep runs from scripts/server.ts, outside Next.

export type NotifyInput = {
  workspaceId: string;
  /** Who is told. Duplicates are dropped; recipients who are not members of the workspace are skipped. */
  recipients: readonly (string | null | undefined)[];
  kind: NotificationKind;
  /** Values for the message `notifications.kinds.<kind>` (names, titles, dates), rendered in each reader's language. */
  params: Record<string, string>;
  /** Where it leads, relative to the workspace: `/document/review/<id>`, `/strategy/indicators`… */
  href: string;
  /** Nobody is told of their own act. */
  actorId?: string | null;
  /** Only members whose role has this permission are told (for instance 'document.read'). */
  permission?: Permission;
  /** One notification per recipient and key, whatever the number of calls (idempotent sweeps). */
  dedupeKey?: string;
  now?: Date;
};

/**
 * Records in-app notifications inside the caller's transaction, and emails them once it has
 * committed when SMTP is configured (lib/notifications/email.ts). Returns the ids of the
 * people actually notified. Call it from any domain: review, dashboard, publication, partnerships.
 */
export function notify(tx: Tx, input: NotifyInput): string[] {
  const wanted = [...new Set(input.recipients.filter((r): r is string => !!r && r !== input.actorId))];
  if (wanted.length === 0) return [];
  const members = tx
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, input.workspaceId), inArray(memberships.userId, wanted)))
    .all()
    .filter((m) => !input.permission || can(m.role as Role, input.permission));
  if (members.length === 0) return [];
  const now = input.now ?? new Date();
  const email: 'pending' | 'none' = mailConfigured() ? 'pending' : 'none';
  const inserted = tx
    .insert(notifications)
    .values(
      members.map((m) => ({
        id: crypto.randomUUID(),
        workspaceId: input.workspaceId,
        userId: m.userId,
        kind: input.kind,
        params: input.params,
        href: input.href,
        dedupeKey: input.dedupeKey ?? null,
        email,
        readAt: null,
        createdAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: notifications.userId })
    .all();
  if (email === 'pending' && inserted.length > 0) scheduleEmailDelivery();
  return inserted.map((r) => r.userId);
}

/** Every member of a workspace whose role has a permission (for instance all readers of the document). */
export function membersWith(tx: Tx, workspaceId: string, permission: Permission): string[] {
  return tx
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.workspaceId, workspaceId))
    .all()
    .filter((m) => can(m.role as Role, permission))
    .map((m) => m.userId);
}
