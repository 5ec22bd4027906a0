import 'server-only';
import { and, eq, isNull, or } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { db } from '@/db/client';
import { calendarSettings, digestDeliveries, memberships, users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/member';
import { toLocale } from '@/lib/i18n/config';
import { isoDay } from '@/lib/strategy/progress';
import { listDueForMember } from './events';
import { translatorFor } from './feed';
import { eventTitle } from './title';
import { formatDay } from '@/lib/format/dates';

// Read from the environment at each run rather than through lib/env.ts: scripts/server.ts runs
// the digest outside Next, and tests set SMTP_URL after import (as lib/notifications/email.ts).

/** The ISO 8601 week of a day, `2026-W49`: the digest's unique key with the person. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Claims this person's digest for the week: one row per person and ISO week under a unique key,
 * inserted or not, so that among several processes (or two runs at once) exactly one sends it.
 */
function claim(userId: string, week: string, now: Date): boolean {
  return db.insert(digestDeliveries).values({ userId, week, outcome: 'sending', claimedAt: now }).onConflictDoNothing().run().changes === 1;
}

/** The digest's text for one person: what is late and what is due in 14 days, in each of their workspaces. */
function digestFor(person: { id: string; name: string; locale: string }, base: string, today: string) {
  const locale = toLocale(person.locale);
  const t = translatorFor(locale);
  const day = (iso: string) => formatDay(locale, iso);
  const rows = db
    .select({ workspaceId: memberships.workspaceId, slug: workspaces.slug, name: workspaces.name })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, person.id))
    .all();
  const blocks: string[] = [];
  let count = 0;
  for (const ws of rows) {
    const due = listDueForMember(db, loadMemberContext(person.id, { id: ws.workspaceId }), today);
    if (due.late.length + due.due.length === 0) continue;
    count += due.late.length + due.due.length;
    const lines = [`== ${ws.name} ==`];
    for (const [title, list] of [
      [t('calendar.digest.lateTitle'), due.late],
      [t('calendar.digest.dueTitle'), due.due],
    ] as const) {
      if (!list.length) continue;
      lines.push('', title);
      for (const e of list) lines.push(`- ${day(e.date)} — ${eventTitle(t, e)}`, `  ${base}/${ws.slug}${e.href}`);
    }
    blocks.push(lines.join('\n'));
  }
  if (count === 0) return null;
  const text = [
    t('calendar.digest.greeting', { name: person.name }),
    '',
    ...blocks.flatMap((b) => [b, '']),
    t('calendar.digest.footer', { url: `${base}/account` }),
  ].join('\n');
  return { subject: t('calendar.digest.subject'), text };
}

/**
 * Sends this week's digest to each person who has not opted out and has something due or late;
 * run by the primary process's hourly timer (scripts/server.ts). Once per person and ISO week,
 * whatever the number of processes or runs: see `claim`. A failed send frees the claim for the
 * next run. Returns how many emails went out.
 */
export async function sendWeeklyDigests(now = new Date()): Promise<number> {
  if (!process.env.SMTP_URL) return 0;
  const week = isoWeek(now);
  const today = isoDay(now);
  const base = (process.env.NEXTAUTH_URL ?? '').replace(/\/$/, '');
  const people = db
    .selectDistinct({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(calendarSettings, eq(calendarSettings.userId, users.id))
    .where(or(isNull(calendarSettings.digestOptOut), eq(calendarSettings.digestOptOut, false)))
    .all();
  const transport = nodemailer.createTransport(process.env.SMTP_URL);
  let sent = 0;
  for (const person of people) {
    if (!claim(person.id, week, now)) continue;
    const mail = digestFor(person, base, today);
    const settle = (outcome: 'sent' | 'empty') =>
      db
        .update(digestDeliveries)
        .set({ outcome })
        .where(and(eq(digestDeliveries.userId, person.id), eq(digestDeliveries.week, week)))
        .run();
    if (!mail) {
      settle('empty');
      continue;
    }
    try {
      await transport.sendMail({
        from: process.env.SMTP_FROM ?? 'Fil rouge <no-reply@filrouge.local>',
        to: person.email,
        subject: mail.subject,
        text: mail.text,
      });
      settle('sent');
      sent += 1;
    } catch (error) {
      console.error('[calendar] could not send a weekly digest', error);
      db.delete(digestDeliveries)
        .where(and(eq(digestDeliveries.userId, person.id), eq(digestDeliveries.week, week)))
        .run();
    }
  }
  return sent;
}
