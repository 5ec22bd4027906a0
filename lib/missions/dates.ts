// Calendar days as YYYY-MM-DD strings, computed in UTC so that a due date never depends on the server's zone.

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day a mission's debrief is due: `days` after its return (its last day). */
export function debriefDueDate(endDate: string, days: number): string {
  return addDays(endDate, days);
}

/** Every day of a stay, first to last (at most 366), for the day-by-day programme. */
export function daysOf(startDate: string, endDate: string): string[] {
  const out: string[] = [];
  for (let d = startDate; d <= endDate && out.length < 366; d = addDays(d, 1)) out.push(d);
  return out;
}
