import 'server-only';
import crypto from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Tx } from '@/db/client';
import { calendarSettings, memberships, users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/member';
import { translatorFor } from '@/lib/message-catalogue';
import { toLocale } from '@/lib/i18n/config';
import { addDays, listCalendarEvents } from './events';
import { eventTitle } from './title';

/** A translator for a language outside a request (feed, email): lib/message-catalogue.ts, kept per process. */
export { translatorFor };

/** SHA-256 of a feed token: only this is stored, so a copy of the database reveals no address. */
export function hashFeedToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token (32 bytes, base64url) and its hash. */
export function newFeedToken() {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: hashFeedToken(token) };
}

/** Tokens are base64url of 32 bytes; anything else is refused before touching the database. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The person whose feed this token opens, or null (unknown, revoked, malformed): the caller answers 404 either way. */
export function feedOwner(tx: Tx, token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = tx
    .select({ id: users.id, locale: users.locale })
    .from(calendarSettings)
    .innerJoin(users, eq(users.id, calendarSettings.userId))
    .where(eq(calendarSettings.feedTokenHash, hashFeedToken(token)))
    .get();
  return row ?? null;
}

/** The feed's window: a quarter back, a year and a month ahead. */
export const FEED_DAYS_BACK = 92;
export const FEED_DAYS_AHEAD = 400;

/**
 * The person's calendar as iCalendar text: the events of every workspace they belong to, each
 * read with that membership's own role and rules (exactly what their calendar pages show), titled
 * in their language and linking back to its page under `baseUrl`.
 */
export function buildPersonalFeed(tx: Tx, person: { id: string; locale: string }, baseUrl: string, today: string): string {
  const locale = toLocale(person.locale);
  const t = translatorFor(locale);
  const calendar = ical({
    name: t('calendar.feed.calendarName'),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Fil rouge', product: 'calendar', language: locale.toUpperCase() },
  });
  const rows = tx
    .select({ workspaceId: memberships.workspaceId, slug: workspaces.slug, name: workspaces.name })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, person.id))
    .orderBy(asc(workspaces.name))
    .all();
  const range = { from: addDays(today, -FEED_DAYS_BACK), to: addDays(today, FEED_DAYS_AHEAD) };
  for (const ws of rows) {
    const ctx = loadMemberContext(person.id, { id: ws.workspaceId });
    for (const event of listCalendarEvents(tx, ctx, range, today)) {
      const url = `${baseUrl}/${ws.slug}${event.href}`;
      const start = new Date(`${event.date}T00:00:00Z`);
      calendar.createEvent({
        id: `${event.uid}@${ws.slug}.filrouge`,
        start,
        end: new Date(start.getTime() + 86_400_000),
        allDay: true,
        timezone: 'UTC',
        summary: `${eventTitle(t, event)} — ${ws.name}`,
        description: `${t(`calendar.statuses.${event.status}`)}\n${url}`,
        url,
      });
    }
  }
  return calendar.toString();
}
