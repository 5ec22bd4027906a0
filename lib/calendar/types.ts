import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import type { Permission } from '@/lib/auth/policy';

/** A day range, both ends included, as YYYY-MM-DD. */
export type DayRange = { from: string; to: string };

/** Where a date is in its life: coming, done, or past without being done. */
export type EventStatus = 'planned' | 'done' | 'late';

/**
 * One dated thing of the year's calendar, whatever produced it. Its title is a message key with
 * values, translated where it is shown (page, iCalendar feed, digest email) in the reader's
 * language; `translate` names values that are themselves message keys (a milestone's kind).
 */
export type CalendarEvent = {
  /** Stable across reads and feeds: `<source>-<row id>`. */
  uid: string;
  /** The source's key (`milestone`, `review`, …): the calendar's legend and filter. */
  source: string;
  /** YYYY-MM-DD. */
  date: string;
  title: { key: string; values: Record<string, string>; translate?: Record<string, string> };
  /** The page that holds it, relative to the workspace (`/actions/<id>`). */
  href: string;
  status: EventStatus;
  /** True when the reader is the one expected to act (owner, named reviewer, editor of the action): the "what is due" lists. */
  mine: boolean;
};

/**
 * A producer of calendar events. Each file of lib/calendar/sources/ exports one and
 * sources/index.ts lists them: adding missions or debrief due dates is one more file and one line
 * there (docs/decisions/0024-milestones-and-calendar.md). `permission` is asked first; `events`
 * must apply the domain's own row rules (partner scope, assignments) as its pages do.
 */
export type CalendarSource = {
  key: string;
  permission: Permission;
  events: (tx: Tx, ctx: MemberContext, range: DayRange, today: string) => CalendarEvent[];
};
