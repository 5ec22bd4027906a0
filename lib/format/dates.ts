import type { useFormatter } from 'next-intl';

/**
 * The one way dates are shown (issue 23). Two kinds of value:
 * - a calendar day (`YYYY-MM-DD`: held on, due on, adopted on…), which has no time zone: it is read
 *   at midnight UTC and written in UTC, so that no reader's zone moves it to the day before;
 * - a moment (`Date`: created, updated, sent…), written in the installation's zone (Europe/Paris,
 *   lib/i18n/request.ts) by next-intl's formatter, or by Intl where there is none (exports, mails).
 * Pass next-intl's formatter (`useFormatter()` / `getFormatter()`) or, outside React, a locale.
 */
export type DateFormatter = Pick<ReturnType<typeof useFormatter>, 'dateTime'>;
export type DateLength = 'short' | 'medium' | 'long' | 'full';

/** The zone moments are written in where next-intl's formatter is not at hand. */
export const DISPLAY_TIME_ZONE = 'Europe/Paris';

/** A calendar day (`YYYY-MM-DD`) as the instant that starts it in UTC. */
export function dayInstant(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A calendar day in the person's language ("12 mars 2026"), never shifted by a time zone. */
export function formatDay(by: DateFormatter | string, iso: string, length: DateLength = 'medium'): string {
  const options = { dateStyle: length, timeZone: 'UTC' } as const;
  return typeof by === 'string' ? new Intl.DateTimeFormat(by, options).format(dayInstant(iso)) : by.dateTime(dayInstant(iso), options);
}

/** A calendar day as month and year only ("mars 2026"), for tables. */
export function formatMonth(by: DateFormatter | string, iso: string): string {
  const options = { month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
  return typeof by === 'string' ? new Intl.DateTimeFormat(by, options).format(dayInstant(iso)) : by.dateTime(dayInstant(iso), options);
}

/** A moment in the person's language, with its time unless `time` is false ("12 mars 2026, 14:05"). */
export function formatMoment(by: DateFormatter | string, moment: Date | string | number, length: DateLength = 'medium', time = true): string {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (typeof by === 'string')
    return new Intl.DateTimeFormat(by, { dateStyle: length, ...(time ? { timeStyle: 'short' } : {}), timeZone: DISPLAY_TIME_ZONE }).format(date);
  return by.dateTime(date, time ? { dateStyle: length, timeStyle: 'short' } : { dateStyle: length });
}
