// Where an indicator's value stands against its yearly targets, and where its trend leads: pure
// functions, no database (issue 21, point 1; docs/decisions/0029-indicator-targets-and-reporting-rounds.md).

export const INDICATOR_STATUSES = ['on_track', 'at_risk', 'off_track'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** Shares of the year's expected progress (baseline → target): on track from `atRiskBelow`, off track below `offTrackBelow`. */
export type Thresholds = { atRiskBelow: number; offTrackBelow: number };
export const DEFAULT_THRESHOLDS: Thresholds = { atRiskBelow: 0.9, offTrackBelow: 0.6 };

/** True when the two thresholds leave room for "at risk" (off track strictly below at risk). */
export function thresholdsValid(t: Thresholds): boolean {
  return Number.isFinite(t.atRiskBelow) && Number.isFinite(t.offTrackBelow) && t.offTrackBelow < t.atRiskBelow;
}

export type TermFacts = {
  baseline: number;
  /** The strategy's term, both years included; the baseline stands for the year before it starts. */
  periodStart: number;
  periodEnd: number;
  /** Targets set for some years of the term. */
  targets: readonly { year: number; target: number }[];
  /** The indicator's final target and its year (used when no yearly target follows a year). */
  finalTarget: number;
  finalYear: number;
};

/**
 * The value expected in `year`: its own target when set; otherwise the straight line between the
 * nearest known points around it (the baseline the year before the term, the yearly targets, the
 * final target); past the last known point, that point's value. Null outside the term.
 */
export function expectedFor(facts: TermFacts, year: number): number | null {
  if (year < facts.periodStart || year > facts.periodEnd) return null;
  const known = new Map<number, number>([[facts.periodStart - 1, facts.baseline]]);
  if (!facts.targets.some((t) => t.year === facts.finalYear)) known.set(facts.finalYear, facts.finalTarget);
  for (const t of facts.targets) known.set(t.year, t.target);
  const own = known.get(year);
  if (own !== undefined) return own;
  const years = [...known.keys()].sort((a, b) => a - b);
  const before = years.filter((y) => y < year).at(-1);
  const after = years.find((y) => y > year);
  if (before === undefined) return known.get(after!)!;
  if (after === undefined) return known.get(before)!;
  const a = known.get(before)!;
  const b = known.get(after)!;
  return a + ((b - a) * (year - before)) / (after - before);
}

/** The direction of improvement: up when the final target is above the baseline, down below it (up when equal). */
export function direction(facts: Pick<TermFacts, 'baseline' | 'finalTarget'>): 1 | -1 {
  return facts.finalTarget < facts.baseline ? -1 : 1;
}

/**
 * The status of a value observed in `year`: the share of the expected progress it reached,
 * compared with the thresholds. A value exactly on a threshold takes the better status. When the
 * year expects no progress (target equal to baseline), reaching it is on track and missing it off
 * track. Null when the year is outside the term.
 */
export function valueStatus(facts: TermFacts, thresholds: Thresholds, year: number, value: number): IndicatorStatus | null {
  const expected = expectedFor(facts, year);
  if (expected === null) return null;
  const span = expected - facts.baseline;
  if (span === 0) return (value - expected) * direction(facts) >= 0 ? 'on_track' : 'off_track';
  // Compared with a tolerance: a value typed exactly on a threshold must not fall under it by a
  // rounding of the division (0.29 × 20 / 20 is not 0.29 in binary).
  const attained = (value - facts.baseline) / span + 1e-9;
  if (attained >= thresholds.atRiskBelow) return 'on_track';
  if (attained >= thresholds.offTrackBelow) return 'at_risk';
  return 'off_track';
}

/** A point of the observed trend: a fractional year (2026.5 is about 1 July 2026). */
export type TrendPoint = { observedOn: string; value: number };

function fractionalYear(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y + ((m - 1) * 30.4 + (d - 1)) / 365;
}

/**
 * The straight line through the observed values (least squares), read at the end of the term
 * (31 December of its last year). Null with fewer than two values or all on one day.
 */
export function projectToTermEnd(points: readonly TrendPoint[], periodEnd: number): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => fractionalYear(p.observedOn));
  const ys = points.map((p) => p.value);
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  if (den === 0) return null;
  const slope = num / den;
  return my + slope * (periodEnd + 1 - 1 / 365 - mx);
}

/** The range a value of this indicator may take: its own bounds, or 0–100 for a percentage. */
export function valueRange(indicator: { unit: string; minValue: number | null; maxValue: number | null }): { min: number | null; max: number | null } {
  const percent = indicator.unit.trim() === '%';
  return { min: indicator.minValue ?? (percent ? 0 : null), max: indicator.maxValue ?? (percent ? 100 : null) };
}

/** True when `value` lies within the indicator's range. */
export function valueInRange(indicator: { unit: string; minValue: number | null; maxValue: number | null }, value: number): boolean {
  const { min, max } = valueRange(indicator);
  return (min === null || value >= min) && (max === null || value <= max);
}
