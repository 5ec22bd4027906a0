import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { indicatorSettings, indicatorYearTargets, strategies, strategyIndicators } from '@/db/schema';
import type { StrategyIndicator } from '@/db/schema/strategy';
import type { MemberContext } from '@/lib/auth/member';
import type { MutationOutcome } from '@/lib/auth/action';
import { Invalid } from '@/lib/errors';
import { DEFAULT_THRESHOLDS, expectedFor, projectToTermEnd, valueInRange, valueStatus, type IndicatorStatus, type TermFacts, type Thresholds } from './status';
import type { IndicatorTermInput, ThresholdDefaultsInput } from './term-schemas';
import { getInWorkspace } from '@/lib/workspace-rows';

// An indicator over the strategy's term: its yearly targets, thresholds, statuses and projection.

/** The strategy's term (both years included), or null while no strategy is written. */
export function getTerm(tx: Tx, ctx: MemberContext): { start: number; end: number } | null {
  const row = tx.select({ start: strategies.periodStart, end: strategies.periodEnd }).from(strategies).where(eq(strategies.workspaceId, ctx.workspaceId)).get();
  return row ?? null;
}

/** The workspace's default thresholds (0.9 and 0.6 until an admin sets them). */
export function getThresholdDefaults(tx: Tx, ctx: MemberContext): Thresholds {
  const row = tx.select().from(indicatorSettings).where(eq(indicatorSettings.workspaceId, ctx.workspaceId)).get();
  return row ? { atRiskBelow: row.atRiskBelow, offTrackBelow: row.offTrackBelow } : DEFAULT_THRESHOLDS;
}

export function setThresholdDefaults(tx: Tx, ctx: MemberContext, input: ThresholdDefaultsInput): MutationOutcome<null> {
  const before = getThresholdDefaults(tx, ctx);
  const values = { atRiskBelow: input.atRiskBelow! / 100, offTrackBelow: input.offTrackBelow! / 100, updatedAt: new Date() };
  tx.insert(indicatorSettings)
    .values({ workspaceId: ctx.workspaceId, ...values })
    .onConflictDoUpdate({ target: indicatorSettings.workspaceId, set: values })
    .run();
  return {
    data: null,
    audit: {
      action: 'indicatorThresholds.update',
      entityType: 'workspace',
      entityId: ctx.workspaceId,
      changes: { from: before, to: { atRiskBelow: values.atRiskBelow, offTrackBelow: values.offTrackBelow } },
    },
  };
}

/**
 * Replaces an indicator's yearly targets, thresholds and range. Refused, changing nothing: a year
 * outside the term, a target outside the range, overlapping thresholds (schema).
 */
export function setIndicatorTerm(tx: Tx, ctx: MemberContext, input: IndicatorTermInput): MutationOutcome<null> {
  const indicator = getInWorkspace(tx, strategyIndicators, ctx, input.indicatorId, 'indicatorNotFound');
  const term = getTerm(tx, ctx);
  if (!term) throw new Invalid('noStrategyTerm');
  if (input.targets.some((t) => t.year < term.start || t.year > term.end)) throw new Invalid('invalid', { targets: 'yearOutsideTerm' });
  const range = { unit: indicator.unit, minValue: input.minValue, maxValue: input.maxValue };
  if (input.targets.some((t) => !valueInRange(range, t.target))) throw new Invalid('invalid', { targets: 'valueOutOfRange' });
  const fields = {
    atRiskBelow: input.atRiskBelow === null ? null : input.atRiskBelow / 100,
    offTrackBelow: input.offTrackBelow === null ? null : input.offTrackBelow / 100,
    minValue: input.minValue,
    maxValue: input.maxValue,
  };
  tx.update(strategyIndicators)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(strategyIndicators.id, indicator.id))
    .run();
  tx.delete(indicatorYearTargets).where(eq(indicatorYearTargets.indicatorId, indicator.id)).run();
  const targets = [...input.targets].sort((a, b) => a.year - b.year);
  if (targets.length) {
    tx.insert(indicatorYearTargets)
      .values(targets.map((t) => ({ indicatorId: indicator.id, workspaceId: ctx.workspaceId, year: t.year, target: t.target })))
      .run();
  }
  return { data: null, audit: { action: 'strategyIndicator.term', entityType: 'strategyIndicator', entityId: indicator.id, changes: { ...fields, targets } } };
}

export type TermView = {
  /** Null while no strategy gives a term. */
  term: { start: number; end: number } | null;
  thresholds: Thresholds;
  /** True when the thresholds are the indicator's own rather than the workspace's. */
  ownThresholds: boolean;
  /** Every year of the term with its expected value and whether a target was set for it. */
  years: { year: number; expected: number; set: boolean }[];
  /** The status of each value (by value id); null for a value outside the term. */
  valueStatus: Record<string, IndicatorStatus | null>;
  /** The latest value's status: what the indicator shows in lists. */
  status: IndicatorStatus | null;
  /** The observed trend's straight line read at the end of the term. */
  projection: number | null;
};

type ValuePoint = { id: string; observedOn: string; value: number };

/** A function that gives each indicator its term view, after two reads for all of them. */
export function termViews(tx: Tx, ctx: MemberContext, indicatorIds: string[]) {
  const term = getTerm(tx, ctx);
  const defaults = getThresholdDefaults(tx, ctx);
  const targets = indicatorIds.length
    ? tx
        .select()
        .from(indicatorYearTargets)
        .where(and(eq(indicatorYearTargets.workspaceId, ctx.workspaceId), inArray(indicatorYearTargets.indicatorId, indicatorIds)))
        .all()
    : [];
  return (indicator: StrategyIndicator, values: readonly ValuePoint[]): TermView => {
    const own = indicator.atRiskBelow !== null && indicator.offTrackBelow !== null;
    const thresholds = own ? { atRiskBelow: indicator.atRiskBelow!, offTrackBelow: indicator.offTrackBelow! } : defaults;
    if (!term) return { term, thresholds, ownThresholds: own, years: [], valueStatus: {}, status: null, projection: null };
    const facts: TermFacts = {
      baseline: indicator.baseline,
      periodStart: term.start,
      periodEnd: term.end,
      targets: targets.filter((t) => t.indicatorId === indicator.id),
      finalTarget: indicator.target,
      finalYear: Math.min(Math.max(Number(indicator.targetDate.slice(0, 4)), term.start), term.end),
    };
    const years = [];
    for (let y = term.start; y <= term.end; y++) years.push({ year: y, expected: expectedFor(facts, y)!, set: facts.targets.some((t) => t.year === y) });
    const statuses: Record<string, IndicatorStatus | null> = {};
    for (const v of values) statuses[v.id] = valueStatus(facts, thresholds, Number(v.observedOn.slice(0, 4)), v.value);
    const latest = values.reduce<ValuePoint | null>((best, p) => (!best || p.observedOn >= best.observedOn ? p : best), null);
    return {
      term,
      thresholds,
      ownThresholds: own,
      years,
      valueStatus: statuses,
      status: latest ? (statuses[latest.id] ?? null) : null,
      projection: projectToTermEnd(values, term.end),
    };
  };
}
