import type { IndicatorFrequency } from '@/db/schema/strategy';

/** Months between two expected updates of an indicator. */
export const FREQUENCY_MONTHS: Record<IndicatorFrequency, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/** The clock the strategy reads "today" from; tests pass a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** `YYYY-MM-DD` of a date, in UTC (days are compared as strings). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months to a `YYYY-MM-DD` day, keeping the day within the target month. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export type IndicatorFacts = {
  baseline: number;
  target: number;
  frequency: IndicatorFrequency;
  /** The day the indicator was created: the first update is due one period later. */
  startedOn: string;
};
export type ObservedPoint = { observedOn: string; value: number };

export type IndicatorProgress = {
  latest: ObservedPoint | null;
  /** Share of the way from baseline to target covered by the latest value (may pass 1 or go below 0); null without a value. */
  progress: number | null;
  /** When the next value is due. */
  dueOn: string;
  /** True when the due day is past: the owner has not updated the figure in time. */
  overdue: boolean;
};

/**
 * Where an indicator stands: its latest value, how far it has come from baseline to target, and
 * whether its owner is late with an update (no value within one period of the last one, or of
 * its creation when it has none yet). `today` comes from an injectable clock.
 */
export function indicatorProgress(indicator: IndicatorFacts, points: readonly ObservedPoint[], today: string): IndicatorProgress {
  const latest = points.reduce<ObservedPoint | null>((best, p) => (!best || p.observedOn > best.observedOn ? p : best), null);
  const span = indicator.target - indicator.baseline;
  const progress = latest === null ? null : span === 0 ? (latest.value === indicator.target ? 1 : 0) : (latest.value - indicator.baseline) / span;
  const dueOn = addMonths(latest?.observedOn ?? indicator.startedOn, FREQUENCY_MONTHS[indicator.frequency]);
  return { latest, progress, dueOn, overdue: today > dueOn };
}
