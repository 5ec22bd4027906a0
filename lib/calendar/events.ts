import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { can } from '@/lib/auth/policy';
import { CALENDAR_SOURCES } from './sources';
import type { CalendarEvent, CalendarSource, DayRange } from './types';

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The events of every source the reader's role may read, in the day range, by day. Each source
 * applies its own row rules; a source the role may not read is not asked at all.
 */
export function listCalendarEvents(
  tx: Tx,
  ctx: MemberContext,
  range: DayRange,
  today: string,
  sources: readonly CalendarSource[] = CALENDAR_SOURCES,
): CalendarEvent[] {
  const events = sources.filter((s) => can(ctx.role, s.permission)).flatMap((s) => s.events(tx, ctx, range, today));
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source) || a.uid.localeCompare(b.uid));
}

/** How far back the due list looks for what is late. */
export const LATE_LOOKBACK_DAYS = 365;
/** How far ahead "what is due" looks. */
export const DUE_AHEAD_DAYS = 14;

/** What awaits the reader: their own events not done, late (before today) and due within 14 days. */
export function listDueForMember(tx: Tx, ctx: MemberContext, today: string) {
  const events = listCalendarEvents(tx, ctx, { from: addDays(today, -LATE_LOOKBACK_DAYS), to: addDays(today, DUE_AHEAD_DAYS) }, today).filter(
    (e) => e.mine && e.status !== 'done',
  );
  return { late: events.filter((e) => e.date < today), due: events.filter((e) => e.date >= today) };
}
