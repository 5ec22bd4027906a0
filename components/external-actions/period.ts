import type { useFormatter } from 'next-intl';

type DateFormatter = Pick<ReturnType<typeof useFormatter>, 'dateTime'>;
type Translate = (key: 'table.from' | 'table.since' | 'table.until', values: Record<string, string>) => string;

/**
 * "from 1 Mar 2024 to 31 Dec 2026", "since…", "until…", or null when the action has no dates;
 * `compact` keeps month and year only, for tables.
 */
export function formatPeriod(format: DateFormatter, t: Translate, startDate: string | null, endDate: string | null, compact = false): string | null {
  const d = (iso: string) => {
    const date = new Date(`${iso}T12:00:00Z`);
    return compact ? format.dateTime(date, { month: 'short', year: 'numeric' }) : format.dateTime(date, { dateStyle: 'medium' });
  };
  if (startDate && endDate) return t('table.from', { start: d(startDate), end: d(endDate) });
  if (startDate) return t('table.since', { date: d(startDate) });
  if (endDate) return t('table.until', { date: d(endDate) });
  return null;
}
