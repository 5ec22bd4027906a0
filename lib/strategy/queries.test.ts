import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { diagnosticAnswers, diagnosticFollowUps, diagnostics, strategyCoherenceSnapshots } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { createDepartment } from '@/lib/departments/queries';
import { DepartmentInput } from '@/lib/departments/schemas';
import { recordObservedReturn, getExternalActionDetail } from '@/lib/external-actions/queries';
import { createDiagnostic } from '@/lib/diagnostic/queries';
import { IndicatorInput, PlacementInput, StrategyInput } from './schemas';
import {
  attachFollowUp,
  createAxis,
  createIndicator,
  getAxis,
  getCoherence,
  getIndicator,
  getStrategyMap,
  getStrategyOverview,
  listCoherenceTrend,
  listIndicators,
  listMyOverdueIndicators,
  proposePlacement,
  recordCoherenceSnapshot,
  recordIndicatorValue,
  saveStrategy,
  updateIndicator,
} from './queries';
import './actions';
import { createTestAction as action, createTestActor as partner, createTestAxis, placeTestAction as place, saveTestStrategy } from '@/lib/test/builders';

type Ws = ReturnType<typeof makeWorkspace>;
const fixed = (day: string) => () => new Date(`${day}T12:00:00Z`);

function department(ws: Ws, name: string) {
  return db.transaction((tx) => createDepartment(tx, ws.ctx('editor'), DepartmentInput.parse({ name, languages: ['fr'] }))).data.id;
}
function axis(ws: Ws, title: string) {
  return createTestAxis(ws, title, 'First objective\nSecond objective');
}
function indicator(ws: Ws, values: Partial<IndicatorInput>) {
  const input = IndicatorInput.parse({
    name: 'Pupils in exchanges',
    unit: 'pupils',
    baseline: 0,
    target: 100,
    targetDate: '2028-12-31',
    frequency: 'quarterly',
    ...values,
  });
  return db.transaction((tx) => createIndicator(tx, ws.ctx('editor'), input, fixed('2026-01-15'))).data.id;
}
/** A completed diagnostic whose answers yield the `no_common_thread` finding. */
function diagnosticWithFinding(ws: Ws) {
  const id = db.transaction((tx) => createDiagnostic(tx, ws.ctx('editor'), { title: 'D', heldOn: '2026-01-10' })).data.id;
  db.insert(diagnosticAnswers)
    .values({
      id: crypto.randomUUID(),
      workspaceId: ws.id,
      diagnosticId: id,
      dimension: 'vision',
      questionKey: 'vision.common_thread',
      value: 0,
      updatedAt: new Date(),
    })
    .run();
  db.update(diagnostics).set({ status: 'completed', completedAt: new Date() }).where(eq(diagnostics.id, id)).run();
  return id;
}
function counts(ws: Ws, day = '2026-06-01') {
  const c = getCoherence(db, ws.ctx('reviewer'), { clock: fixed(day), locale: 'en' });
  return { ...Object.fromEntries(c.checks.map((x) => [x.key, x.count])), score: c.figure.score } as Record<string, number>;
}

describe('the strategy and its axes', () => {
  it('saves the vision with a version guard, and keeps at most five axes', () => {
    const ws = makeWorkspace('alpha');
    const input = StrategyInput.parse({
      periodStart: '2026',
      periodEnd: '2031',
      vision: 'A territory open to the world',
      thread: 'Youth mobility links every action',
      principles: 'Reciprocity\n\nAnchoring',
      version: 0,
    });
    expect(input.principles).toEqual(['Reciprocity', 'Anchoring']);
    expect(db.transaction((tx) => saveStrategy(tx, ws.ctx('editor'), input)).data.version).toBe(1);
    expect(() => db.transaction((tx) => saveStrategy(tx, ws.ctx('editor'), input))).toThrow(Conflict);
    expect(db.transaction((tx) => saveStrategy(tx, ws.ctx('admin'), { ...input, version: 1 })).data.version).toBe(2);
    expect(StrategyInput.safeParse({ ...input, periodStart: 2030, periodEnd: 2026 }).success).toBe(false);
    for (let i = 1; i <= 5; i++) axis(ws, `Axis ${i}`);
    expect(() => db.transaction((tx) => createAxis(tx, ws.ctx('editor'), { title: 'Sixth', objectives: ['x'] }))).toThrow(Invalid);
  });

  it('a placement needs an axis of the workspace, or a reason to stay outside', () => {
    const ws = makeWorkspace('alpha');
    const other = makeWorkspace('bravo');
    const a = action(ws, { title: 'Twinning' });
    const foreignAxis = axis(other, 'Theirs');
    expect(PlacementInput.safeParse({ actionId: a, placement: 'outside', outsideReason: '' }).success).toBe(false);
    expect(() => place(ws, a, foreignAxis)).toThrow(NotFound);
    expect(() => getAxis(db, ws.ctx('admin'), foreignAxis)).toThrow(NotFound);
    const foreignAction = action(other, { title: 'Theirs' });
    const mine = axis(ws, 'Mine');
    expect(() => place(ws, foreignAction, mine)).toThrow(NotFound);
    place(ws, a, 'outside', 'Humanitarian emergency');
    expect(getStrategyMap(db, ws.ctx('reviewer'), 'en').outside.map((x) => x.title)).toEqual(['Twinning']);
    place(ws, a, mine);
    const map = getStrategyMap(db, ws.ctx('reviewer'), 'en');
    expect(map.axes[0]!.actions.map((x) => x.title)).toEqual(['Twinning']);
    expect(map.outside).toEqual([]);
  });

  it('a contributor proposes an axis; the action stays unplaced until an editor places it', () => {
    const ws = makeWorkspace('alpha');
    const a = action(ws, { title: 'Twinning' });
    const x = axis(ws, 'Youth');
    db.transaction((tx) => proposePlacement(tx, ws.ctx('contributor'), { actionId: a, axisId: x, note: 'Our pupils take part' }));
    let map = getStrategyMap(db, ws.ctx('editor'), 'en');
    expect(map.unplaced.map((u) => u.id)).toEqual([a]);
    place(ws, a, x);
    map = getStrategyMap(db, ws.ctx('editor'), 'en');
    expect(map.axes[0]!.actions.map((u) => u.id)).toEqual([a]);
  });
});

describe('indicators', () => {
  it('progress and overdue detection with a fixed clock', () => {
    const ws = makeWorkspace('alpha');
    const x = axis(ws, 'Youth');
    const id = indicator(ws, { axisId: x, ownerId: ws.people.contributor.id, baseline: 20, target: 120 });
    const created = getIndicator(db, ws.ctx('editor'), id, fixed('2026-06-01'));
    expect(created.progress.latest).toBeNull();
    db.transaction((tx) =>
      recordIndicatorValue(tx, ws.ctx('contributor'), { indicatorId: id, observedOn: '2026-01-15', value: 70, source: 'Exchange office' }, fixed('2026-02-01')),
    );
    const early = getIndicator(db, ws.ctx('editor'), id, fixed('2026-04-10'));
    expect(early.progress).toMatchObject({ progress: 0.5, dueOn: '2026-04-15', overdue: false, latest: { value: 70 } });
    const late = getIndicator(db, ws.ctx('editor'), id, fixed('2026-04-16'));
    expect(late.progress.overdue).toBe(true);
    expect(listMyOverdueIndicators(db, ws.ctx('contributor'), fixed('2026-04-16')).map((i) => i.id)).toEqual([id]);
    expect(listMyOverdueIndicators(db, ws.ctx('editor'), fixed('2026-04-16'))).toEqual([]);
    expect(() =>
      db.transaction((tx) =>
        recordIndicatorValue(tx, ws.ctx('contributor'), { indicatorId: id, observedOn: '2026-05-01', value: 1, source: 'Forecast' }, fixed('2026-04-16')),
      ),
    ).toThrow(Invalid);
  });

  it('a contributor edits the indicators they own, not others, cannot hand them over, and cannot edit the vision', () => {
    const ws = makeWorkspace('alpha');
    const x = axis(ws, 'Youth');
    const own = indicator(ws, { axisId: x, ownerId: ws.people.contributor.id });
    const others = indicator(ws, { axisId: x, ownerId: ws.people.editor.id, name: 'Partners visited' });
    const record = workspaceActionRegistry.find((d) => d.name === 'strategy.recordValue')!;
    const value = { observedOn: '2026-01-15', value: 12, source: 'Register' };
    expect(executeWorkspaceAction(record, ws.people.contributor.id, ws.id, { indicatorId: own, ...value }).ok).toBe(true);
    const before = databaseFingerprint();
    expect(executeWorkspaceAction(record, ws.people.contributor.id, ws.id, { indicatorId: others, ...value })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(executeWorkspaceAction(record, ws.people.reviewer.id, ws.id, { indicatorId: own, ...value })).toMatchObject({ ok: false, code: 'forbidden' });
    const save = workspaceActionRegistry.find((d) => d.name === 'strategy.save')!;
    expect(
      executeWorkspaceAction(save, ws.people.contributor.id, ws.id, {
        periodStart: 2026,
        periodEnd: 2030,
        vision: 'A vision of mine',
        thread: 'A thread of mine',
        version: 0,
      }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    const current = {
      name: 'Pupils in exchanges',
      unit: 'pupils',
      baseline: 0,
      target: 100,
      targetDate: '2028-12-31',
      frequency: 'quarterly' as const,
      version: 1,
    };
    expect(() => db.transaction((tx) => updateIndicator(tx, ws.ctx('contributor'), { ...current, indicatorId: own, ownerId: ws.people.editor.id }))).toThrow(
      Forbidden,
    );
    expect(databaseFingerprint()).toEqual(before);
    db.transaction((tx) => updateIndicator(tx, ws.ctx('contributor'), { ...current, target: 150, indicatorId: own, ownerId: ws.people.contributor.id }));
    expect(getIndicator(db, ws.ctx('reviewer'), own).target).toBe(150);
    expect(getIndicator(db, ws.ctx('contributor'), own).canEdit).toBe(true);
    expect(getIndicator(db, ws.ctx('contributor'), others).canEdit).toBe(false);
    // A reviewer cannot own an indicator.
    expect(() => indicator(ws, { axisId: x, ownerId: ws.people.reviewer.id })).toThrow(Invalid);
  });

  it('another workspace gets not_found, on reads and writes', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const id = indicator(b, { axisId: axis(b, 'Theirs') });
    expect(() => getIndicator(db, a.ctx('admin'), id)).toThrow(NotFound);
    expect(listIndicators(db, a.ctx('admin'))).toEqual([]);
    const record = workspaceActionRegistry.find((d) => d.name === 'strategy.recordValue')!;
    expect(executeWorkspaceAction(record, a.people.admin.id, a.id, { indicatorId: id, observedOn: '2026-01-01', value: 1, source: 'Intrusion' })).toMatchObject(
      { ok: false, code: 'not_found' },
    );
    expect(executeWorkspaceAction(record, a.people.admin.id, b.id, { indicatorId: id, observedOn: '2026-01-01', value: 1, source: 'Intrusion' })).toMatchObject(
      { ok: false, code: 'not_found' },
    );
  });
});

describe('coherence computed live', () => {
  it('an empty strategy has no score, records no snapshot, and every check is not applicable', () => {
    const ws = makeWorkspace('empty');
    department(ws, 'Culture');
    action(ws, { title: 'Loose' });
    const c = getCoherence(db, ws.ctx('reviewer'), { clock: fixed('2026-06-01'), locale: 'en' });
    expect(c.figure.score).toBeNull();
    expect(c.snapshot).toBeNull();
    expect(c.checks.find((x) => x.key === 'axesWithoutAction')!.status).toBe('na');
    expect(c.checks.find((x) => x.key === 'indicatorsOverdue')).toMatchObject({ status: 'na', passed: false });
    recordCoherenceSnapshot(db, ws.ctx('reviewer'), c.snapshot, fixed('2026-06-01'));
    expect(listCoherenceTrend(db, ws.ctx('reviewer'))).toEqual([]);
    // The first axis gives the thread a shape: now there is a figure, and it is not a free 100 %.
    axis(ws, 'Youth');
    const withAxis = getCoherence(db, ws.ctx('reviewer'), { clock: fixed('2026-06-01'), locale: 'en' });
    expect(withAxis.figure.score).not.toBeNull();
    expect(withAxis.figure.score!).toBeLessThan(100);
  });

  it('each check finds its items on hand-made data, and turns green once fixed', () => {
    const ws = makeWorkspace('alpha');
    const culture = department(ws, 'Culture');
    department(ws, 'Roads');
    const nioro = partner(ws, 'Nioro-Kaya');
    const network = partner(ws, 'Cities network');
    const youth = axis(ws, 'Youth');
    const economy = axis(ws, 'Economy');
    const placed = action(ws, {
      title: 'School exchanges',
      status: 'finished',
      partnerIds: [nioro],
      departments: [{ departmentId: culture, mode: 'lead' }],
      competencies: [{ ref: 'commune.schools', reason: 'Schools are ours' }],
      expectedReturns: [{ category: 'cultural_opening', description: 'Pupils discover another culture' }],
    });
    const loose = action(ws, {
      title: 'Network fee',
      type: 'network_membership',
      partnerIds: [network],
      expectedReturns: [{ category: 'visibility', description: 'Visibility in Brussels' }],
    });
    place(ws, placed, youth);
    const diagnosticId = diagnosticWithFinding(ws);
    const late = indicator(ws, { axisId: youth, ownerId: ws.people.contributor.id });

    const before = counts(ws, '2026-06-01');
    expect(before).toMatchObject({
      actionsOnNoAxis: 1,
      axesWithoutAction: 1,
      axesWithoutIndicator: 1,
      actionsWithoutCompetency: 1,
      returnsNeverObserved: 1,
      departmentsNeverMobilised: 1,
      oneWayPartners: 1,
      recommendationsNotTakenUp: 1,
      indicatorsOverdue: 1,
    });
    // Every check fails, but on points: about half of each check's points are in order.
    expect(before.score).toBe(38);
    // One query set whatever the size: the items name the rows concerned.
    const coherence = getCoherence(db, ws.ctx('reviewer'), { clock: fixed('2026-06-01'), locale: 'en' });
    expect(coherence.checks.find((c) => c.key === 'oneWayPartners')!.items.map((i) => i.label)).toEqual(['Cities network']);
    expect(coherence.checks.find((c) => c.key === 'recommendationsNotTakenUp')!.items[0]!.href).toBe(`/diagnostic/${diagnosticId}/results`);

    // Fix them one by one.
    place(ws, loose, 'outside', 'A membership voted before the strategy');
    expect(counts(ws).actionsOnNoAxis).toBe(0);
    indicator(ws, { axisId: economy });
    expect(counts(ws).axesWithoutIndicator).toBe(0);
    const third = action(ws, {
      title: 'Business mission',
      partnerIds: [network],
      departments: [{ departmentId: department(ws, 'Economy'), mode: 'co_construction' }],
      competencies: [{ ref: 'commune.schools', reason: 'Training of apprentices' }],
      expectedReturns: [{ category: 'economic', description: 'Contracts for local firms' }],
    });
    place(ws, third, economy);
    const after = counts(ws);
    expect(after.axesWithoutAction).toBe(0);
    expect(after.oneWayPartners).toBe(0);
    const expected = getExternalActionDetail(db, ws.ctx('editor'), placed).expected[0]!;
    db.transaction((tx) =>
      recordObservedReturn(tx, ws.ctx('editor'), {
        actionId: placed,
        expectedReturnId: expected.id,
        category: 'cultural_opening',
        description: 'Seen',
        evidence: 'Report',
        observedOn: '2026-05-01',
        value: null,
      }),
    );
    expect(counts(ws).returnsNeverObserved).toBe(0);
    const followUp = crypto.randomUUID();
    db.insert(diagnosticFollowUps)
      .values({
        id: followUp,
        workspaceId: ws.id,
        diagnosticId,
        ruleKey: 'no_common_thread',
        title: 'Write the thread',
        status: 'open',
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .run();
    expect(counts(ws).recommendationsNotTakenUp).toBe(1);
    db.transaction((tx) => attachFollowUp(tx, ws.ctx('editor'), { followUpId: followUp, axisId: youth }));
    expect(counts(ws).recommendationsNotTakenUp).toBe(0);
    db.transaction((tx) =>
      recordIndicatorValue(tx, ws.ctx('contributor'), { indicatorId: late, observedOn: '2026-05-20', value: 10, source: 'Register' }, fixed('2026-06-01')),
    );
    const final = counts(ws, '2026-06-01');
    // Left: the loose action has no competency, Roads was never mobilised; the other indicator (no value) is overdue.
    expect(final).toMatchObject({ actionsOnNoAxis: 0, actionsWithoutCompetency: 1, departmentsNeverMobilised: 1, indicatorsOverdue: 1 });
    // Points, not checks: 1 of 3 actions (×2), 1 of 3 departments (×1), 1 of 2 indicators (×1) to fix.
    expect(final.score).toBe(Math.round(((16 - 2 / 3 - 1 / 3 - 1 / 2) / 16) * 100));
  });

  it('keeps one snapshot per day and returns the trend oldest first', () => {
    const ws = makeWorkspace('alpha');
    recordCoherenceSnapshot(db, ws.ctx('reviewer'), { score: 40, passed: 4, total: 9 }, fixed('2026-05-01'));
    recordCoherenceSnapshot(db, ws.ctx('reviewer'), { score: 50, passed: 5, total: 9 }, fixed('2026-05-02'));
    recordCoherenceSnapshot(db, ws.ctx('reviewer'), { score: 60, passed: 6, total: 9 }, fixed('2026-05-02'));
    expect(listCoherenceTrend(db, ws.ctx('reviewer'))).toEqual([
      { day: '2026-05-01', score: 40 },
      { day: '2026-05-02', score: 60 },
    ]);
    expect(db.select().from(strategyCoherenceSnapshots).all()).toHaveLength(2);
  });

  it('gives the strategy document its thread and axes', () => {
    const ws = makeWorkspace('alpha');
    expect(getStrategyOverview(db, ws.ctx('reviewer'))).toEqual({ thread: null, axes: [] });
    saveTestStrategy(ws, {
      periodStart: 2026,
      periodEnd: 2031,
      vision: 'A territory open to the world',
      thread: 'Youth mobility links every action',
      principles: 'Reciprocity',
    });
    const x = axis(ws, 'Youth');
    place(ws, action(ws, { title: 'School exchanges' }), x);
    indicator(ws, { axisId: x });
    const overview = getStrategyOverview(db, ws.ctx('reviewer'));
    expect(overview.thread).toMatchObject({ periodStart: 2026, thread: 'Youth mobility links every action', principles: ['Reciprocity'] });
    expect(overview.axes).toEqual([
      {
        title: 'Youth',
        objectives: ['First objective', 'Second objective'],
        actions: ['School exchanges'],
        indicators: [expect.objectContaining({ name: 'Pupils in exchanges', latest: null })],
      },
    ]);
  });
});
