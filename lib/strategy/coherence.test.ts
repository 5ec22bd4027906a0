import { describe, expect, it } from 'vitest';
import { CHECK_KEYS, CHECK_WEIGHTS, coherenceFigure, fixFirst, runChecks, type CoherenceFacts } from './coherence';
import { addMonths, indicatorProgress } from './progress';

/** Facts on which every check passes; each test spoils one. */
function clean(): CoherenceFacts {
  return {
    actions: [{ id: 'a1', title: 'Twinning', status: 'finished', axisId: 'x1', outsideReason: null, competencyCount: 1, unobservedExpected: 0 }],
    axes: [{ id: 'x1', title: 'Youth', actionCount: 1, indicatorCount: 1 }],
    departments: [{ id: 'd1', name: 'Culture', actionCount: 2 }],
    partners: [{ id: 'p1', name: 'Nioro', actionCount: 1, territoryReturnActions: 1 }],
    recommendations: [{ ruleKey: 'no_common_thread', label: 'Write the thread', diagnosticId: 'g1', takenUp: true }],
    indicators: [{ id: 'i1', name: 'Pupils', overdue: false, dueOn: '2026-12-01' }],
  };
}

function check(facts: CoherenceFacts, key: (typeof CHECK_KEYS)[number]) {
  return runChecks(facts).find((c) => c.key === key)!;
}

describe('coherence checks', () => {
  it('all pass on coherent facts, and the figure is 100', () => {
    const results = runChecks(clean());
    expect(results.map((r) => r.key)).toEqual([...CHECK_KEYS]);
    expect(results.every((r) => r.passed)).toBe(true);
    expect(coherenceFigure(results)).toEqual({ score: 100, passed: 9, failed: 0, notApplicable: 0, total: 9, points: { checked: 9, toFix: 0 } });
  });

  it('actions on no axis: an action set outside with a reason is not counted', () => {
    const f = clean();
    f.actions.push({ ...f.actions[0]!, id: 'a2', title: 'Loose', axisId: null });
    f.actions.push({ ...f.actions[0]!, id: 'a3', title: 'Outside', axisId: null, outsideReason: 'Humanitarian emergency' });
    const c = check(f, 'actionsOnNoAxis');
    expect(c.items).toEqual([{ id: 'a2', label: 'Loose', href: '/strategy/placements#action-a2' }]);
    expect(c.passed).toBe(false);
  });

  it('axes with no action and axes with no indicator are two checks', () => {
    const f = clean();
    f.axes.push({ id: 'x2', title: 'Empty', actionCount: 0, indicatorCount: 2 }, { id: 'x3', title: 'Unmeasured', actionCount: 3, indicatorCount: 0 });
    expect(check(f, 'axesWithoutAction').items.map((i) => i.id)).toEqual(['x2']);
    expect(check(f, 'axesWithoutIndicator').items).toEqual([{ id: 'x3', label: 'Unmeasured', href: '/strategy/axes/x3#indicators' }]);
  });

  it('actions linked to no competency link to the action form', () => {
    const f = clean();
    f.actions[0]!.competencyCount = 0;
    expect(check(f, 'actionsWithoutCompetency').items).toEqual([{ id: 'a1', label: 'Twinning', href: '/actions/a1/edit' }]);
  });

  it('expected returns never observed count for finished actions only', () => {
    const f = clean();
    f.actions[0]!.unobservedExpected = 2;
    f.actions.push({ ...f.actions[0]!, id: 'a2', status: 'running', unobservedExpected: 3 });
    expect(check(f, 'returnsNeverObserved').items).toEqual([{ id: 'a1', label: 'Twinning', href: '/actions/a1', detail: 2 }]);
  });

  it('departments never mobilised', () => {
    const f = clean();
    f.departments.push({ id: 'd2', name: 'Roads', actionCount: 0 });
    expect(check(f, 'departmentsNeverMobilised').items.map((i) => i.label)).toEqual(['Roads']);
  });

  it('one-way partners: no action with them expects a return for the territory', () => {
    const f = clean();
    f.partners.push({ id: 'p2', name: 'Network', actionCount: 2, territoryReturnActions: 0 });
    expect(check(f, 'oneWayPartners').items).toEqual([{ id: 'p2', label: 'Network', href: '/actions?partner=p2', detail: 2 }]);
  });

  it('recommendations not taken up link to the diagnostic results', () => {
    const f = clean();
    f.recommendations.push({ ruleKey: 'no_evaluation', label: 'Evaluate', diagnosticId: 'g1', takenUp: false });
    expect(check(f, 'recommendationsNotTakenUp').items).toEqual([{ id: 'no_evaluation', label: 'Evaluate', href: '/diagnostic/g1/results' }]);
  });

  it('overdue indicators', () => {
    const f = clean();
    f.indicators.push({ id: 'i2', name: 'Late', overdue: true, dueOn: '2026-01-01' });
    expect(check(f, 'indicatorsOverdue').items).toEqual([{ id: 'i2', label: 'Late', href: '/strategy/indicators/i2', detail: '2026-01-01' }]);
  });

  it('the figure counts points: each check weighs the share of its points in order', () => {
    const f = clean();
    f.actions.push({ ...f.actions[0]!, id: 'a2', axisId: null }); // actionsOnNoAxis: 1 of 2 to fix (3)
    f.departments.push({ id: 'd2', name: 'Roads', actionCount: 0 }); // departmentsNeverMobilised: 1 of 2 (1)
    const total = Object.values(CHECK_WEIGHTS).reduce((s, w) => s + w, 0);
    expect(total).toBe(16);
    const figure = coherenceFigure(runChecks(f));
    expect(figure).toMatchObject({ passed: 7, failed: 2, notApplicable: 0, total: 9, points: { toFix: 2 } });
    expect(figure.score).toBe(Math.round(((total - 3 / 2 - 1 / 2) / total) * 100));
  });

  it('fixing one point moves the figure, even when the check still fails', () => {
    const f = clean();
    for (let i = 2; i <= 5; i++) f.actions.push({ ...f.actions[0]!, id: `a${i}`, title: `Loose ${i}`, axisId: null });
    const before = coherenceFigure(runChecks(f)).score!;
    f.actions[1]!.axisId = 'x1';
    const after = coherenceFigure(runChecks(f));
    expect(check(f, 'actionsOnNoAxis').status).toBe('failed');
    expect(after.score!).toBeGreaterThan(before);
    expect(after.points.toFix).toBe(3);
  });

  it('a check with nothing to check is not applicable, never passed, and weighs nothing', () => {
    const f = clean();
    f.departments = [];
    f.recommendations = [];
    const results = runChecks(f);
    const departments = results.find((r) => r.key === 'departmentsNeverMobilised')!;
    expect(departments).toMatchObject({ status: 'na', passed: false, checked: 0, count: 0 });
    expect(coherenceFigure(results)).toMatchObject({ score: 100, passed: 7, notApplicable: 2, total: 9 });
  });

  it('an empty strategy has no score: no axis, or nothing to check at all', () => {
    const empty: CoherenceFacts = { actions: [], axes: [], departments: [], partners: [], recommendations: [], indicators: [] };
    const results = runChecks(empty);
    expect(results.every((r) => r.status === 'na')).toBe(true);
    expect(coherenceFigure(results)).toMatchObject({ score: null, passed: 0, notApplicable: 9 });
    // Departments and actions but no axis yet: still no figure (no thread to be coherent with).
    const noAxis = { ...empty, departments: [{ id: 'd1', name: 'Culture', actionCount: 0 }], actions: clean().actions };
    expect(coherenceFigure(runChecks(noAxis)).score).toBeNull();
  });

  it('names the points to fix first: one per failing check, the biggest gain first', () => {
    const f = clean();
    f.departments.push({ id: 'd2', name: 'Roads', actionCount: 0 }, { id: 'd3', name: 'Ports', actionCount: 0 }); // gain 1/3
    f.actions.push({ ...f.actions[0]!, id: 'a2', title: 'Loose', axisId: null, competencyCount: 0 }); // no axis 3/2, no competency 2/2
    f.indicators.push({ id: 'i2', name: 'Late', overdue: true, dueOn: '2026-01-01' }); // 1/2
    expect(fixFirst(runChecks(f)).map((i) => [i.key, i.label])).toEqual([
      ['actionsOnNoAxis', 'Loose'],
      ['actionsWithoutCompetency', 'Loose'],
      ['indicatorsOverdue', 'Late'],
    ]);
    expect(fixFirst(runChecks(f), 5).map((i) => i.label)).toEqual(['Loose', 'Loose', 'Late', 'Roads', 'Ports']);
    expect(fixFirst(runChecks(clean()))).toEqual([]);
  });
});

describe('indicator progress and overdue detection', () => {
  const indicator = { baseline: 10, target: 30, frequency: 'quarterly' as const, startedOn: '2026-01-15' };

  it('adds months, keeping the day inside short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('without a value: no progress, due one period after creation', () => {
    expect(indicatorProgress(indicator, [], '2026-04-15')).toEqual({ latest: null, progress: null, dueOn: '2026-04-15', overdue: false });
    expect(indicatorProgress(indicator, [], '2026-04-16').overdue).toBe(true);
  });

  it('progress runs from baseline to target, from the latest value whatever the order', () => {
    const points = [
      { observedOn: '2026-06-01', value: 25 },
      { observedOn: '2026-03-01', value: 15 },
    ];
    const p = indicatorProgress(indicator, points, '2026-07-01');
    expect(p.latest).toEqual({ observedOn: '2026-06-01', value: 25 });
    expect(p.progress).toBeCloseTo(0.75);
    expect(p.dueOn).toBe('2026-09-01');
    expect(p.overdue).toBe(false);
    expect(indicatorProgress(indicator, points, '2026-09-02').overdue).toBe(true);
  });

  it('a falling target works too', () => {
    expect(indicatorProgress({ ...indicator, baseline: 100, target: 50 }, [{ observedOn: '2026-02-01', value: 80 }], '2026-02-02').progress).toBeCloseTo(0.4);
  });
});
