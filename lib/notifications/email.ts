import { and, eq, inArray } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { db } from '@/db/client';
import { notifications, users, workspaces } from '@/db/schema';
import { toLocale } from '@/lib/i18n/config';
import { notificationText } from './render';

// No `server-only` (scripts/server.ts runs the overdue sweep outside Next), so the SMTP settings
// are read from the environment here rather than through lib/env.ts.

/** True when SMTP_URL is set: notifications are then emailed too. */
export function mailConfigured(): boolean {
  return !!process.env.SMTP_URL;
}

let scheduled = false;

/**
 * Sends the pending emails on the next turn of the event loop, that is after the synchronous
 * transaction that recorded the notifications has committed (a rolled-back one leaves none).
 */
export function scheduleEmailDelivery() {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    void deliverPendingEmails().catch((error: unknown) => console.error('[notifications] email delivery failed', error));
  });
}

/** Emails pending notifications in each recipient's language; each one is claimed before sending, so none goes twice. */
export async function deliverPendingEmails(limit = 100): Promise<number> {
  if (!mailConfigured()) return 0;
  const rows = db
    .select({ n: notifications, email: users.email, locale: users.locale, slug: workspaces.slug, workspaceName: workspaces.name })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(workspaces, eq(workspaces.id, notifications.workspaceId))
    .where(eq(notifications.email, 'pending'))
    .limit(limit)
    .all();
  if (rows.length === 0) return 0;
  db.update(notifications)
    .set({ email: 'sent' })
    .where(
      and(
        eq(notifications.email, 'pending'),
        inArray(
          notifications.id,
          rows.map((r) => r.n.id),
        ),
      ),
    )
    .run();
  const transport = nodemailer.createTransport(process.env.SMTP_URL!);
  const base = (process.env.NEXTAUTH_URL ?? '').replace(/\/$/, '');
  let sent = 0;
  for (const row of rows) {
    const locale = toLocale(row.locale);
    const text = notificationText(locale, row.n);
    const link = `${base}/${row.slug}${row.n.href}`;
    try {
      await transport.sendMail({
        from: process.env.SMTP_FROM ?? 'Fil rouge <no-reply@filrouge.local>',
        to: row.email,
        subject: `[${row.workspaceName}] ${text}`,
        text: `${text}\n\n${link}\n`,
      });
      sent += 1;
    } catch (error) {
      console.error('[notifications] could not email', error);
      db.update(notifications).set({ email: 'failed' }).where(eq(notifications.id, row.n.id)).run();
    }
  }
  return sent;
}
