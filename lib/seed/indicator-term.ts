import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { strategyIndicators, strategyIndicatorValues } from '@/db/schema';
import { closeRound, openRound } from '@/lib/strategy/round-queries';
import { setIndicatorTerm } from '@/lib/strategy/term-queries';
import { IndicatorTermInput } from '@/lib/strategy/term-schemas';
import { isoDay } from '@/lib/strategy/progress';
import { demoContext, type DemoWorkspace } from './demo-context';

/**
 * Each demo indicator's target for the year of its latest value, chosen so that the demo shows
 * every status (issue 21, "Done when"): the latest value against that year's target gives
 * youth mobility and the pupils' correspondence on track, the companies at risk and the water
 * access in Tamboura off track (stricter thresholds of its own: drinking water is a vital service).
 * Targets stay below each indicator's final target, as a real trajectory would.
 */
const TERMS: Record<string, { target: number; atRiskBelow?: number; offTrackBelow?: number }> = {
  'Jeunes du Val-d’Argence partis en mobilité': { target: 250 },
  'Collégiens en correspondance avec Nioro-Kaya': { target: 150 },
  'Entreprises accompagnées à l’international': { target: 10 },
  'Habitants de Tamboura ayant accès à l’eau potable': { target: 11000, atRiskBelow: 95, offTrackBelow: 80 },
};

/**
 * Sets the demo indicators' yearly targets (above), then opens last year's reporting round and
 * closes it: last year's values are locked, as after a real round (issue 21, point 2). Runs after
 * the strategy seed.
 */
export function seedIndicatorTerms(tx: Tx, demo: DemoWorkspace, now: Date) {
  const ctx = demoContext(demo, 'admin@demo.filrouge.eu', 'admin');
  const indicators = tx.select().from(strategyIndicators).where(eq(strategyIndicators.workspaceId, demo.workspaceId)).all();
  for (const indicator of indicators) {
    const term = TERMS[indicator.name];
    if (!term) continue;
    const latest = tx
      .select({ observedOn: strategyIndicatorValues.observedOn })
      .from(strategyIndicatorValues)
      .where(and(eq(strategyIndicatorValues.indicatorId, indicator.id), eq(strategyIndicatorValues.workspaceId, demo.workspaceId)))
      .orderBy(asc(strategyIndicatorValues.observedOn))
      .all()
      .at(-1);
    if (!latest) continue;
    setIndicatorTerm(
      tx,
      ctx,
      IndicatorTermInput.parse({
        indicatorId: indicator.id,
        targets: [{ year: Number(latest.observedOn.slice(0, 4)), target: term.target }],
        atRiskBelow: term.atRiskBelow ?? null,
        offTrackBelow: term.offTrackBelow ?? null,
        minValue: null,
        maxValue: null,
      }),
    );
  }
  const lastYear = now.getUTCFullYear() - 1;
  const today = isoDay(now);
  const dueOn = `${lastYear + 1}-01-31` < today ? `${lastYear + 1}-01-31` : today;
  const round = openRound(tx, ctx, { year: lastYear, dueOn }).data;
  closeRound(tx, ctx, { roundId: round.id });
}
