import { formatDay, formatMonth, type DateFormatter } from '@/lib/format/dates';

type Translate = (key: 'table.from' | 'table.since' | 'table.until', values: Record<string, string>) => string;

/**
 * "from 1 Mar 2024 to 31 Dec 2026", "since…", "until…", or null when the action has no dates;
 * `compact` keeps month and year only, for tables.
 */
export function formatPeriod(format: DateFormatter, t: Translate, startDate: string | null, endDate: string | null, compact = false): string | null {
  const d = (iso: string) => (compact ? formatMonth(format, iso) : formatDay(format, iso));
  if (startDate && endDate) return t('table.from', { start: d(startDate), end: d(endDate) });
  if (startDate) return t('table.since', { date: d(startDate) });
  if (endDate) return t('table.until', { date: d(endDate) });
  return null;
}
