/** A month as YYYY-MM, from a search parameter, or the month of `today`. */
export function parseMonth(value: string | undefined, today: string): string {
  if (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    const year = Number(value.slice(0, 4));
    if (year >= 1990 && year <= 2100) return value;
  }
  return today.slice(0, 7);
}

/** The month before or after. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The weeks (Monday first) that cover the month, as YYYY-MM-DD days, with the days of the neighbouring months. */
export function monthWeeks(month: string): string[][] {
  const first = new Date(`${month}-01T12:00:00Z`);
  const offset = (first.getUTCDay() + 6) % 7;
  const start = new Date(first.getTime() - offset * 86_400_000);
  const weeks: string[][] = [];
  for (let cursor = start; ;) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(cursor.toISOString().slice(0, 10));
      cursor = new Date(cursor.getTime() + 86_400_000);
    }
    weeks.push(week);
    if (cursor.toISOString().slice(0, 7) !== month) break;
  }
  return weeks;
}
