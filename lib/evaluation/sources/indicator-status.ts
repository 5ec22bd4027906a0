import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { listIndicators } from '@/lib/strategy/indicator-queries';
import { INDICATOR_STATUSES } from '@/lib/strategy/status';
import type { Cell } from '../types';
import { yearBounds, type EvaluationSource } from './source';

/**
 * The status of each indicator for the year (issue 21.1: yearly targets and thresholds): the value
 * expected that year, the last value observed in it and its status (on track, at risk, off track),
 * then the count of indicators per status. An indicator without a value in the year, or a year
 * outside the strategy's term, has no status.
 */
export const indicatorStatusSource: EvaluationSource = {
  key: 'indicatorStatus',
  assemble(tx: Tx, ctx: MemberContext, year: number) {
    const { from, to } = yearBounds(year);
    const counts = Object.fromEntries([...INDICATOR_STATUSES, 'none'].map((s) => [s, 0])) as Record<string, number>;
    const rows: Cell[][] = listIndicators(tx, ctx).map((indicator) => {
      const last = indicator.values.filter((v) => v.observedOn >= from && v.observedOn <= to).at(-1);
      const status = last ? (indicator.term.valueStatus[last.id] ?? null) : null;
      counts[status ?? 'none']! += 1;
      const expected = indicator.term.years.find((y) => y.year === year)?.expected ?? null;
      return [indicator.name, expected, last?.value ?? null, { label: `rounds.status.${status ?? 'none'}` }];
    });
    const summary: Cell[][] = [...INDICATOR_STATUSES, 'none'].map((s) => [{ label: `rounds.status.${s}` }, counts[s] ?? 0]);
    return {
      key: 'indicatorStatus',
      tables: [
        { id: 'indicatorStatusCounts', caption: 'indicatorStatusCounts', columns: ['status', 'indicatorCount'], rows: summary },
        { id: 'indicatorStatus', caption: 'indicatorStatus', columns: ['indicator', 'expectedInYear', 'lastValueInYear', 'status'], rows },
      ],
    };
  },
};
