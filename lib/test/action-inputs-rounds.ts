import { db } from '@/db/client';
import { reportingRounds } from '@/db/schema';
// Importing the actions registers them (lib/test/action-inputs.ts).
import '@/lib/reporting/actions';

/** Valid inputs of the term and round actions, aimed at rows of workspace `workspaceId` (an open round of 2026 is created here). */
export function roundInputs(workspaceId: string, indicatorId: string, valueId: string): Record<string, unknown> {
  const roundId = `round-${workspaceId}`;
  db.insert(reportingRounds).values({ id: roundId, workspaceId, year: 2026, dueOn: '2026-03-31', status: 'open', openedAt: new Date() }).run();
  return {
    'strategy.setTerm': { indicatorId, targets: [{ year: 2026, target: 5 }], atRiskBelow: 90, offTrackBelow: 60, minValue: null, maxValue: null },
    'strategy.setThresholds': { atRiskBelow: 90, offTrackBelow: 60 },
    'rounds.open': { year: 2026, dueOn: '2026-03-31' },
    'rounds.close': { roundId },
    'rounds.import': { roundId, rows: [{ line: 2, valueId, indicatorId, observedOn: '2026-01-01', value: '1', source: 'Intrusion', comment: '' }] },
  };
}
