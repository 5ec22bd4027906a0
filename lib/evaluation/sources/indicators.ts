import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { listIndicators } from '@/lib/strategy/indicator-queries';
import { indicatorProgress, isoDay, type ObservedPoint } from '@/lib/strategy/progress';
import type { Cell } from '../types';
import { yearBounds, type EvaluationSource } from './source';

export type Trend = 'up' | 'down' | 'flat' | 'none';

/**
 * The direction of an indicator over the year: its last value of the year against its last value
 * before the year (or, without one, its first value of the year). `none` with fewer than two points.
 */
export function trendOver(points: readonly ObservedPoint[], year: number): Trend {
  const { from, to } = yearBounds(year);
  const before = points.filter((p) => p.observedOn < from).at(-1);
  const during = points.filter((p) => p.observedOn >= from && p.observedOn <= to);
  const last = during.at(-1);
  const start = before ?? (during.length > 1 ? during[0] : undefined);
  if (!last || !start) return 'none';
  return last.value > start.value ? 'up' : last.value < start.value ? 'down' : 'flat';
}

/**
 * Indicators as they stood at the end of the year: baseline, target, the last value known on
 * 31 December, the share of the way covered, the trend over the year, and whether the owner was
 * late. Values observed after the year are left out, so a later value does not rewrite the year.
 */
export const indicatorsSource: EvaluationSource = {
  key: 'indicators',
  assemble(tx: Tx, ctx: MemberContext, year: number) {
    const { to } = yearBounds(year);
    const rows: Cell[][] = [];
    for (const indicator of listIndicators(tx, ctx)) {
      const points = indicator.values.filter((v) => v.observedOn <= to);
      const progress = indicatorProgress({ ...indicator, startedOn: isoDay(indicator.createdAt) }, points, to);
      const inYear = points.filter((p) => p.observedOn >= `${year}-01-01`).length;
      rows.push([
        indicator.name,
        indicator.unit,
        indicator.axisTitle ?? indicator.actionTitle ?? null,
        indicator.baseline,
        indicator.target,
        progress.latest?.value ?? null,
        { percent: progress.progress },
        { label: `evaluation.trends.${trendOver(points, year)}` },
        inYear,
      ]);
    }
    return {
      key: 'indicators',
      tables: [
        {
          id: 'indicators',
          caption: 'indicators',
          columns: ['indicator', 'unit', 'attachedTo', 'baseline', 'target', 'valueAtYearEnd', 'progress', 'trend', 'valuesInYear'],
          rows,
        },
      ],
    };
  },
};
