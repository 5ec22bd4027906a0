import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships, notifications, strategyIndicatorValues } from '@/db/schema';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { readImportFile } from '@/lib/actors/import-file';
import { createDepartment } from '@/lib/departments/queries';
import { DepartmentInput } from '@/lib/departments/schemas';
import { getIndicator } from './queries';
import { getRoundView, myRoundLists } from './round-queries';
import { yearSheetRows } from './round-import';
import { importRowsFrom, roundToXlsx, ROUND_COLUMNS } from '@/lib/reporting/xlsx';
import './actions';
import '@/lib/reporting/actions';
import { createTestAction, createTestAxis, createTestIndicator, saveTestStrategy } from '@/lib/test/builders';

type Ws = ReturnType<typeof makeWorkspace>;
const action = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;
const run = (ws: Ws, role: keyof Ws['people'], name: string, input: unknown) => executeWorkspaceAction(action(name), ws.people[role].id, ws.id, input, 'en');

/** A workspace with a 2025–2028 strategy, an axis and an indicator of 10 → 50 pupils owned by its contributor. */
function setup(slug: string) {
  const ws = makeWorkspace(slug);
  saveTestStrategy(
    ws,
    { periodStart: 2025, periodEnd: 2028, vision: 'A territory open to the world', thread: 'Youth mobility first', principles: 'Reciprocity' },
    'admin',
  );
  const axisId = createTestAxis(ws, 'Youth', 'Exchanges', 'admin');
  const indicatorId = createTestIndicator(
    ws,
    { axisId, name: 'Pupils in exchanges', unit: 'pupils', baseline: 10, target: 50, ownerId: ws.people.contributor.id },
    'admin',
  );
  expect(
    run(ws, 'admin', 'strategy.setTerm', {
      indicatorId,
      targets: [{ year: 2026, target: 30 }],
      atRiskBelow: '',
      offTrackBelow: '',
      minValue: 0,
      maxValue: 1000,
    }).ok,
  ).toBe(true);
  return { ws, axisId, indicatorId };
}

function record(ws: Ws, role: keyof Ws['people'], indicatorId: string, observedOn: string, value: number | string, extra: Record<string, unknown> = {}) {
  return run(ws, role, 'strategy.recordValue', { indicatorId, observedOn, value, source: 'School register', ...extra });
}

describe('statuses and projection', () => {
  it('grades the latest value against its year target with the workspace default, then the indicator’s own thresholds', () => {
    const { ws, indicatorId } = setup('term-status');
    expect(record(ws, 'contributor', indicatorId, '2025-06-30', 20, { comment: 'First year' }).ok).toBe(true);
    // 2025 is interpolated between the baseline (10, in 2024) and 2026's 30: 20 expected.
    let view = getIndicator(db, ws.ctx('reviewer'), indicatorId);
    expect(view.term.years.map((y) => [y.year, y.expected, y.set])).toEqual([
      [2025, 20, false],
      [2026, 30, true],
      [2027, 40, false],
      [2028, 50, false],
    ]);
    expect(view.term.status).toBe('on_track');
    expect(view.values[0]!.comment).toBe('First year');
    // 2026 expects 20 of progress; 24 is 70 %: at risk by the default (90/60), off track with 80/75.
    expect(record(ws, 'contributor', indicatorId, '2026-06-30', 24).ok).toBe(true);
    view = getIndicator(db, ws.ctx('reviewer'), indicatorId);
    expect(view.term.status).toBe('at_risk');
    // +4 a year from mid-2026 to the end of 2028: 24 + 4 × 2.5.
    expect(view.term.projection).toBeCloseTo(34, 0);
    expect(
      run(ws, 'admin', 'strategy.setTerm', {
        indicatorId,
        targets: [{ year: 2026, target: 30 }],
        atRiskBelow: 80,
        offTrackBelow: 75,
        minValue: 0,
        maxValue: 1000,
      }).ok,
    ).toBe(true);
    expect(getIndicator(db, ws.ctx('reviewer'), indicatorId).term.status).toBe('off_track');
  });

  it('the workspace default thresholds apply to indicators without their own', () => {
    const { ws, indicatorId } = setup('term-defaults');
    record(ws, 'contributor', indicatorId, '2026-06-30', 24);
    expect(getIndicator(db, ws.ctx('reviewer'), indicatorId).term.status).toBe('at_risk');
    expect(run(ws, 'admin', 'strategy.setThresholds', { atRiskBelow: 70, offTrackBelow: 50 }).ok).toBe(true);
    expect(getIndicator(db, ws.ctx('reviewer'), indicatorId).term.status).toBe('on_track');
  });
});

describe('bad input is refused and changes nothing', () => {
  it('refuses out-of-range values, years outside the term, overlapping thresholds', () => {
    const { ws, indicatorId } = setup('term-refusals');
    const before = databaseFingerprint();
    const outOfRange = record(ws, 'contributor', indicatorId, '2026-06-30', 5000);
    expect(outOfRange).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { value: 'valueOutOfRange' } });
    const outsideTerm = record(ws, 'contributor', indicatorId, '2024-06-30', 20);
    expect(outsideTerm).toMatchObject({ ok: false, fieldErrors: { observedOn: 'yearOutsideTerm' } });
    const targetOutside = run(ws, 'admin', 'strategy.setTerm', {
      indicatorId,
      targets: [{ year: 2030, target: 30 }],
      atRiskBelow: '',
      offTrackBelow: '',
      minValue: null,
      maxValue: null,
    });
    expect(targetOutside).toMatchObject({ ok: false, fieldErrors: { targets: 'yearOutsideTerm' } });
    const overlap = run(ws, 'admin', 'strategy.setTerm', { indicatorId, targets: [], atRiskBelow: 60, offTrackBelow: 60, minValue: null, maxValue: null });
    expect(overlap).toMatchObject({ ok: false, fieldErrors: { offTrackBelow: 'thresholdsOverlap' } });
    expect(run(ws, 'admin', 'strategy.setThresholds', { atRiskBelow: 50, offTrackBelow: 70 })).toMatchObject({
      ok: false,
      fieldErrors: { offTrackBelow: 'thresholdsOverlap' },
    });
    expect(run(ws, 'admin', 'rounds.open', { year: 2031, dueOn: '2031-03-31' })).toMatchObject({ ok: false, fieldErrors: { year: 'yearOutsideTerm' } });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('a percentage is bounded to 0–100 without explicit bounds', () => {
    const { ws, axisId } = setup('term-percent');
    const id = createTestIndicator(ws, { axisId, name: 'Share of schools', unit: '%', baseline: 10, target: 50 }, 'admin');
    expect(record(ws, 'admin', id, '2026-01-10', 101)).toMatchObject({ ok: false, fieldErrors: { value: 'valueOutOfRange' } });
    expect(record(ws, 'admin', id, '2026-01-10', 100).ok).toBe(true);
  });
});

describe('the reporting round', () => {
  it('notifies each reporter with their list, shows progress, and locks the year once closed', () => {
    const { ws, indicatorId } = setup('round-life');
    // An action's indicator: its referent (who recorded it) and its department's point person report it too.
    const pointPerson = makeUser('Point person');
    db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: ws.id, userId: pointPerson.id, role: 'contributor', createdAt: new Date() }).run();
    const department = db.transaction((tx) =>
      createDepartment(tx, ws.ctx('admin'), DepartmentInput.parse({ name: 'Education', languages: ['fr'], pointPersonUserId: pointPerson.id })),
    ).data.id;
    const actionId = createTestAction(ws, { title: 'School twinning', departments: [{ departmentId: department, mode: 'lead' }] });
    const actionIndicator = createTestIndicator(ws, { actionId, name: 'Twinned schools', unit: 'schools', baseline: 0, target: 8 }, 'admin');

    const opened = run(ws, 'admin', 'rounds.open', { year: 2026, dueOn: '2027-01-31' });
    expect(opened.ok).toBe(true);
    const roundId = (opened as { data: { id: string } }).data.id;
    expect(run(ws, 'admin', 'rounds.open', { year: 2026, dueOn: '2027-01-31' })).toMatchObject({ ok: false, code: 'conflict', message: 'roundExists' });
    expect(run(ws, 'editor', 'rounds.open', { year: 2027, dueOn: '2028-01-31' })).toMatchObject({ ok: false, code: 'forbidden' });

    const told = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.workspaceId, ws.id), eq(notifications.kind, 'reporting_round')))
      .all();
    const byUser = Object.fromEntries(told.map((n) => [n.userId, n.params.count]));
    expect(byUser).toEqual({ [ws.people.contributor.id]: '1', [ws.people.editor.id]: '1', [pointPerson.id]: '1' });

    const pointCtx = { ...ws.ctx('contributor'), userId: pointPerson.id };
    expect(myRoundLists(db, pointCtx).map((l) => l.items.map((i) => i.name))).toEqual([['Twinned schools']]);
    // The point person may enter the value of the action's indicator during the round.
    expect(
      executeWorkspaceAction(action('strategy.recordValue'), pointPerson.id, ws.id, {
        indicatorId: actionIndicator,
        observedOn: '2026-09-01',
        value: 3,
        source: 'Dept',
      }).ok,
    ).toBe(true);
    expect(getRoundView(db, ws.ctx('admin'), roundId)).toMatchObject({ entered: 1, total: 2 });
    expect(record(ws, 'contributor', indicatorId, '2026-10-01', 15).ok).toBe(true);
    expect(getRoundView(db, ws.ctx('admin'), roundId)).toMatchObject({ entered: 2, total: 2 });

    expect(run(ws, 'admin', 'rounds.close', { roundId }).ok).toBe(true);
    expect(run(ws, 'admin', 'rounds.close', { roundId })).toMatchObject({ ok: false, message: 'roundAlreadyClosed' });
    const valueId = db.select().from(strategyIndicatorValues).where(eq(strategyIndicatorValues.indicatorId, indicatorId)).get()!.id;
    const before = databaseFingerprint();
    expect(record(ws, 'contributor', indicatorId, '2026-12-01', 40)).toMatchObject({ ok: false, code: 'conflict', message: 'roundClosed' });
    expect(record(ws, 'admin', indicatorId, '2026-12-01', 40)).toMatchObject({ ok: false, message: 'roundClosed' });
    expect(run(ws, 'admin', 'strategy.deleteValue', { valueId })).toMatchObject({ ok: false, message: 'roundClosed' });
    expect(databaseFingerprint()).toEqual(before);
    // Another year stays open.
    expect(record(ws, 'contributor', indicatorId, '2025-11-01', 18).ok).toBe(true);
  });
});

describe('the spreadsheet round trip', () => {
  async function exported(ws: Ws, year: number) {
    const buffer = await roundToXlsx(yearSheetRows(db, ws.ctx('admin'), year), Object.fromEntries(ROUND_COLUMNS.map((c) => [c, c])) as never);
    return { buffer, rows: importRowsFrom(await readImportFile({ name: 'r.xlsx', format: 'xlsx', data: buffer.toString('base64') })) };
  }

  it('a file sent back unchanged changes nothing; an edited cell updates its value; a bad row refuses the file', async () => {
    const { ws, indicatorId, axisId } = setup('round-xlsx');
    createTestIndicator(ws, { axisId, name: '=Formula-like name', unit: 'n', baseline: 0, target: 8 }, 'admin');
    record(ws, 'contributor', indicatorId, '2026-06-30', 24.5, { comment: '+ counted twice?' });
    const roundId = (run(ws, 'admin', 'rounds.open', { year: 2026, dueOn: '2027-01-31' }) as { data: { id: string } }).data.id;
    const { rows } = await exported(ws, 2026);
    expect(rows).toHaveLength(2);

    const before = databaseFingerprint();
    expect(run(ws, 'admin', 'rounds.import', { roundId, rows })).toMatchObject({ ok: true, data: { added: 0, updated: 0, unchanged: 1 } });
    expect(databaseFingerprint()).toEqual(before);

    const edited = rows.map((r) => (r.valueId ? { ...r, value: '27' } : r));
    expect(run(ws, 'admin', 'rounds.import', { roundId, rows: edited })).toMatchObject({ ok: true, data: { updated: 1 } });
    expect(getIndicator(db, ws.ctx('admin'), indicatorId).values.map((v) => [v.value, v.comment])).toEqual([[27, '+ counted twice?']]);

    const after = databaseFingerprint();
    const bad = [
      ...edited.map((r) => (r.valueId ? r : { ...r, value: '3', source: 'Register' })),
      { ...edited.find((r) => r.valueId)!, line: 9, valueId: '', value: '5000' },
    ];
    expect(run(ws, 'admin', 'rounds.import', { roundId, rows: bad })).toMatchObject({
      ok: false,
      message: 'importRowRefused',
      fieldErrors: { line9: 'valueOutOfRange' },
    });
    expect(databaseFingerprint()).toEqual(after);

    run(ws, 'admin', 'rounds.close', { roundId });
    const closed = databaseFingerprint();
    expect(run(ws, 'admin', 'rounds.import', { roundId, rows: rows.map((r) => (r.valueId ? { ...r, value: '1' } : r)) })).toMatchObject({
      ok: false,
      message: 'roundClosed',
    });
    expect(databaseFingerprint()).toEqual(closed);
  });
});
