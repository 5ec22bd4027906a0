import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '@/db/client';
import { makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { getIndicator } from './queries';
import './actions';
import '@/lib/reporting/actions';
import { createTestAxis, createTestIndicator, saveTestStrategy } from '@/lib/test/builders';

// Issue 21, "Done when": the status computation as property tests on the real database, through
// the actions a person uses (targets and thresholds set, a value recorded, the status read back
// from getIndicator): a value exactly on a threshold, and targets missing for some years.
// lib/strategy/status.test.ts holds the pure-function properties.

type Ws = ReturnType<typeof makeWorkspace>;
const action = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;
const run = (ws: Ws, name: string, input: unknown) => executeWorkspaceAction(action(name), ws.people.admin.id, ws.id, input, 'en');
// A past term, so that a value of any of its years may be recorded (none may be dated in the future).
const TERM = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/** A workspace with a 2019–2024 strategy and an axis; `indicator()` adds an indicator from a baseline of 10 to 1 000 in 2024. */
function setup(slug: string) {
  const ws = makeWorkspace(slug);
  saveTestStrategy(ws, { periodStart: 2019, periodEnd: 2024, vision: 'Open to the world', thread: 'Water first', principles: 'Reciprocity' }, 'admin');
  const axisId = createTestAxis(ws, 'Water', 'Access', 'admin');
  let n = 0;
  const indicator = () =>
    createTestIndicator(
      ws,
      { axisId, name: `Households with water ${++n}`, unit: 'households', baseline: 10, target: 1000, targetDate: '2024-12-31', ownerId: ws.people.admin.id },
      'admin',
    );
  return { ws, indicator };
}

describe('status computation on the real database (issue 21.1)', () => {
  it('property: a value exactly on a threshold takes the better status, a little under it the worse one', () => {
    const { ws, indicator } = setup('status-threshold');
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 900 }),
        fc.integer({ min: 1, max: 89 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (target, offPct, gap, onAtRisk) => {
          const atPct = Math.min(offPct + gap, 100);
          const id = indicator();
          expect(
            run(ws, 'strategy.setTerm', {
              indicatorId: id,
              targets: [{ year: 2021, target }],
              atRiskBelow: atPct,
              offTrackBelow: offPct,
              minValue: '',
              maxValue: '',
            }).ok,
          ).toBe(true);
          // The value that reaches exactly the threshold's share of the year's expected progress.
          const share = (onAtRisk ? atPct : offPct) / 100;
          const onThreshold = 10 + (target - 10) * share;
          expect(run(ws, 'strategy.recordValue', { indicatorId: id, observedOn: '2021-06-30', value: onThreshold, source: 'Water board' }).ok).toBe(true);
          expect(getIndicator(db, ws.ctx('reviewer'), id).term.status).toBe(onAtRisk ? 'on_track' : 'at_risk');
          // A little under it (half a percent of the progress), recorded later: the worse status.
          const under = onThreshold - (target - 10) * 0.005;
          expect(run(ws, 'strategy.recordValue', { indicatorId: id, observedOn: '2021-07-31', value: under, source: 'Water board' }).ok).toBe(true);
          expect(getIndicator(db, ws.ctx('reviewer'), id).term.status).toBe(onAtRisk ? 'at_risk' : 'off_track');
        },
      ),
      { numRuns: 25 },
    );
  });

  it('property: with targets missing for some years, each missing year expects a value between its neighbours and grades values against it', () => {
    const { ws, indicator } = setup('status-missing');
    fc.assert(
      fc.property(
        fc.subarray([...TERM.slice(0, -1)]),
        fc.array(fc.integer({ min: 11, max: 1000 }), { minLength: 5, maxLength: 5 }),
        fc.constantFrom(...TERM),
        (withTarget, levels, year) => {
          const id = indicator();
          const targets = withTarget.map((y) => ({ year: y, target: levels[TERM.indexOf(y)]! }));
          expect(run(ws, 'strategy.setTerm', { indicatorId: id, targets, atRiskBelow: '', offTrackBelow: '', minValue: '', maxValue: '' }).ok).toBe(true);
          const years = getIndicator(db, ws.ctx('reviewer'), id).term.years;
          // Every year of the term has an expected value; only the years given a target are "set".
          expect(years.map((y) => y.year)).toEqual([...TERM]);
          expect(years.filter((y) => y.set).map((y) => y.year)).toEqual([...withTarget].sort());
          const known = new Map<number, number>([[2018, 10], [2024, 1000], ...targets.map((t) => [t.year, t.target] as [number, number])]);
          const row = years.find((y) => y.year === year)!;
          if (!withTarget.includes(year) && year !== 2024) {
            const before = [...known.keys()]
              .filter((y) => y < year)
              .sort((a, b) => a - b)
              .at(-1)!;
            const after = [...known.keys()].filter((y) => y > year).sort((a, b) => a - b)[0]!;
            expect(row.expected).toBeGreaterThanOrEqual(Math.min(known.get(before)!, known.get(after)!) - 1e-9);
            expect(row.expected).toBeLessThanOrEqual(Math.max(known.get(before)!, known.get(after)!) + 1e-9);
          } else {
            expect(row.expected).toBe(known.get(year));
          }
          // A value equal to the year's expected value is on track, whether the target was set or not.
          if (row.expected !== 10) {
            expect(run(ws, 'strategy.recordValue', { indicatorId: id, observedOn: `${year}-06-30`, value: row.expected, source: 'Water board' }).ok).toBe(true);
            expect(getIndicator(db, ws.ctx('reviewer'), id).term.status).toBe('on_track');
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
