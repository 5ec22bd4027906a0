import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, rawSqlite } from '@/db/client';
import { externalActionBudgetLines, externalActions, partnershipContributions, partnerships, users, workspaces } from '@/db/schema';
import { executeWorkspaceAction } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { getBudgetConsolidation, getReturnsGap } from '@/lib/external-actions/queries';
import { listIndicators, recordIndicatorValue } from '@/lib/strategy/indicator-queries';
import { sectionAccessFor, CollabRefused } from '@/lib/collab/auth';
import { evaluationDocumentName } from '@/lib/collab/names';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { databaseFingerprint } from '@/lib/test/fixtures';
import { adoptEvaluationAction, decideEvaluationReviewAction, freezeEvaluationAction, openEvaluationAction, submitEvaluationReviewAction } from './actions';
import { assembleEvaluation, getEvaluation, getVersion, listVersions } from './queries';
import type { DataChapter } from './types';

const YEAR = new Date().getUTCFullYear() - 1;

function demo() {
  seedDemo(db, 'not-a-real-hash');
  const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
  const userId = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!.id;
  const ctx = (email: string) => loadMemberContext(userId(email), { id: ws.id });
  const run = (action: { definition: Parameters<typeof executeWorkspaceAction>[0] }, email: string, input: unknown) =>
    executeWorkspaceAction(action.definition, userId(email), ws.id, input, 'en');
  return { ws, ctx, run, admin: ctx('admin@demo.filrouge.eu') };
}

const table = (data: DataChapter[], key: string) => data.find((c) => c.key === key)!.tables[0]!;
const money = (cell: unknown) => (cell as { money: number }).money;

describe('the yearly evaluation (issue 21.4)', () => {
  it('assembles every data chapter from the workspace data of its year', () => {
    const { admin } = demo();
    const evaluation = getEvaluation(db, admin, YEAR);
    const snapshot = assembleEvaluation(db, admin, evaluation);
    expect(snapshot.data.map((c) => c.key)).toEqual([
      'indicatorStatus',
      'indicators',
      'returns',
      'partnerReturns',
      'budget',
      'missions',
      'followUps',
      'recommendations',
    ]);
    // Every indicator, with its last value known on 31 December of the year.
    const indicators = listIndicators(db, admin);
    const rows = table(snapshot.data, 'indicators').rows;
    expect(indicators.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(indicators.length);
    for (const indicator of indicators) {
      const row = rows.find((r) => r[0] === indicator.name)!;
      const lastInYear = indicator.values.filter((v) => v.observedOn <= `${YEAR}-12-31`).at(-1);
      expect(row[5]).toBe(lastInYear?.value ?? null);
    }
    // Every indicator counted once by its status of the year (issue 21.1), some of them assessed.
    const [counts, statuses] = snapshot.data.find((c) => c.key === 'indicatorStatus')!.tables;
    expect(counts!.rows.reduce((sum, r) => sum + (r[1] as number), 0)).toBe(indicators.length);
    expect(statuses!.rows).toHaveLength(indicators.length);
    for (const [label, count] of counts!.rows)
      expect(statuses!.rows.filter((r) => JSON.stringify(r[3]) === JSON.stringify(label))).toHaveLength(count as number);
    expect(counts!.rows.slice(0, 3).reduce((sum, r) => sum + (r[1] as number), 0)).toBeGreaterThan(0);
    // Both sides of each partnership; the partner side's observed returns of the year as written.
    const [sides, partnerObserved] = snapshot.data.find((c) => c.key === 'partnerReturns')!.tables;
    expect(sides!.rows.length).toBeGreaterThanOrEqual(2);
    expect(partnerObserved!.rows.length).toBe(sides!.rows.reduce((sum, r) => sum + (r[4] as number), 0));
    const partnership = db.select().from(partnerships).where(eq(partnerships.workspaceId, admin.workspaceId)).get()!;
    db.insert(partnershipContributions)
      .values({
        id: crypto.randomUUID(),
        workspaceId: admin.workspaceId,
        partnershipId: partnership.id,
        side: 'partner',
        kind: 'observed',
        text: 'Wells repaired',
        language: 'en',
        createdAt: new Date(Date.UTC(YEAR, 5, 1)),
      })
      .run();
    const again = assembleEvaluation(db, admin, evaluation).data.find((c) => c.key === 'partnerReturns')!.tables[1]!;
    expect(again.rows).toHaveLength(partnerObserved!.rows.length + 1);
    expect(again.rows.some((r) => r[1] === 'Wells repaired' && r[0] === partnership.title)).toBe(true);
    // The budget adds up to the consolidated budget page's total for the year.
    const budget = table(snapshot.data, 'budget').rows;
    const consolidated = getBudgetConsolidation(db, admin).bySource.totalsByYear[YEAR] ?? 0;
    expect(consolidated).toBeGreaterThan(0);
    expect(money(budget.at(-1)![4])).toBe(consolidated);
    // Expected returns are the returns page's; observed ones are those of the year only.
    const returns = table(snapshot.data, 'returns').rows.at(-1)!;
    expect(returns[2]).toBe(getReturnsGap(db, admin).overall.expected);
    expect(returns[5] as number).toBeLessThanOrEqual(getReturnsGap(db, admin).overall.observed);
    // The written summary seeded with the demo is read from its collaborative document.
    expect(snapshot.written.find((w) => w.chapter === 'summary')!.text).toContain('Nioro-Kaya');
  });

  it('refuses a second evaluation of the same year, a year to come and a year out of range, changing nothing', () => {
    const { run } = demo();
    const before = databaseFingerprint();
    const twice = run(openEvaluationAction, 'admin@demo.filrouge.eu', { year: YEAR });
    expect(twice).toMatchObject({ ok: false, code: 'conflict', message: 'evaluationExists' });
    const future = run(openEvaluationAction, 'admin@demo.filrouge.eu', { year: new Date().getUTCFullYear() + 1 });
    expect(future).toMatchObject({ ok: false, code: 'invalid', message: 'evaluationFutureYear' });
    const old = run(openEvaluationAction, 'admin@demo.filrouge.eu', { year: 1990 });
    expect(old).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { year: 'evaluationYear' } });
    const notANumber = run(openEvaluationAction, 'admin@demo.filrouge.eu', { year: 'last' });
    expect(notANumber).toMatchObject({ ok: false, code: 'invalid' });
    expect(run(openEvaluationAction, 'contributor@demo.filrouge.eu', { year: YEAR - 1 })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(databaseFingerprint()).toEqual(before);
    expect(run(openEvaluationAction, 'editor@demo.filrouge.eu', { year: YEAR - 1 })).toMatchObject({ ok: true, data: { year: YEAR - 1 } });
  });

  it('freezes a version that later changes to the data never alter', () => {
    const { run, admin, ws } = demo();
    // This year's evaluation: last year's values are locked since the demo closed its round (issue 21.2).
    const THIS_YEAR = YEAR + 1;
    expect(run(openEvaluationAction, 'editor@demo.filrouge.eu', { year: THIS_YEAR })).toMatchObject({ ok: true });
    const evaluation = getEvaluation(db, admin, THIS_YEAR);
    const first = run(freezeEvaluationAction, 'editor@demo.filrouge.eu', { evaluationId: evaluation.id });
    expect(first).toMatchObject({ ok: true, data: { number: 1 } });
    const frozen = getVersion(db, admin, (first as { data: { id: string } }).data.id).snapshot;
    // A value observed in the year and a new budget line of the year, recorded after the freeze.
    const indicator = listIndicators(db, admin)[0]!;
    recordIndicatorValue(
      db,
      admin,
      { indicatorId: indicator.id, observedOn: new Date().toISOString().slice(0, 10), value: 987654, source: 'Late count' },
      () => new Date(),
    );
    const action = db.select().from(externalActions).where(eq(externalActions.workspaceId, ws.id)).get()!;
    db.insert(externalActionBudgetLines)
      .values({
        id: crypto.randomUUID(),
        workspaceId: ws.id,
        actionId: action.id,
        year: THIS_YEAR,
        amountCents: 1_000_000,
        fundingSource: 'own_funds',
        position: 99,
      })
      .run();
    expect(getVersion(db, admin, (first as { data: { id: string } }).data.id).snapshot).toEqual(frozen);
    const live = assembleEvaluation(db, admin, evaluation);
    expect(table(live.data, 'indicators').rows.some((r) => r[5] === 987654)).toBe(true);
    expect(table(frozen.data, 'indicators').rows.some((r) => r[5] === 987654)).toBe(false);
    expect(money(table(live.data, 'budget').rows.at(-1)![4]) - money(table(frozen.data, 'budget').rows.at(-1)![4])).toBe(1_000_000);
    // A second freeze is a new version; the first one cannot be rewritten.
    expect(run(freezeEvaluationAction, 'admin@demo.filrouge.eu', { evaluationId: evaluation.id })).toMatchObject({ ok: true, data: { number: 2 } });
    expect(listVersions(db, admin, evaluation.id).map((v) => v.number)).toEqual([2, 1]);
    expect(() => rawSqlite().prepare("update evaluation_versions set author_name = 'x'").run()).toThrow(/immutable/);
  });

  it('records the adoption of a frozen version its reviewer approved once, by an admin only', () => {
    const { run, admin, ctx } = demo();
    const evaluation = getEvaluation(db, admin, YEAR);
    const frozen = run(freezeEvaluationAction, 'admin@demo.filrouge.eu', { evaluationId: evaluation.id }) as { ok: true; data: { id: string } };
    // Through its review first (lib/evaluation/review.test.ts covers the review itself).
    const elu = ctx('elu@demo.filrouge.eu').userId;
    const submitted = run(submitEvaluationReviewAction, 'admin@demo.filrouge.eu', {
      versionId: frozen.data.id,
      reviewerIds: [elu],
      dueOn: `${YEAR + 2}-01-31`,
    });
    expect(submitted).toMatchObject({ ok: true });
    const reviewId = (submitted as { ok: true; data: { id: string } }).data.id;
    expect(run(decideEvaluationReviewAction, 'elu@demo.filrouge.eu', { reviewId, decision: 'approved' })).toMatchObject({
      ok: true,
      data: { status: 'approved' },
    });
    const adoption = { versionId: frozen.data.id, adoptedOn: `${YEAR + 1}-02-12`, body: 'Assemblée départementale', reference: 'D-2026-014' };
    const before = databaseFingerprint();
    expect(run(adoptEvaluationAction, 'editor@demo.filrouge.eu', adoption)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run(adoptEvaluationAction, 'admin@demo.filrouge.eu', { ...adoption, adoptedOn: '2026-02-30' })).toMatchObject({
      ok: false,
      fieldErrors: { adoptedOn: 'evaluationAdoptedOn' },
    });
    expect(run(adoptEvaluationAction, 'admin@demo.filrouge.eu', { ...adoption, reference: ' ' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(databaseFingerprint()).toEqual(before);
    expect(run(adoptEvaluationAction, 'admin@demo.filrouge.eu', adoption)).toMatchObject({ ok: true });
    expect(run(adoptEvaluationAction, 'admin@demo.filrouge.eu', adoption)).toMatchObject({ ok: false, code: 'conflict', message: 'evaluationAlreadyAdopted' });
    expect(() => rawSqlite().prepare("update evaluation_adoptions set body = 'x'").run()).toThrow(/immutable/);
  });

  it('opens the written chapters to managers, read-only to the team, never to partners', () => {
    const { admin, ctx } = demo();
    const name = evaluationDocumentName(getEvaluation(db, admin, YEAR).id, 'lessons');
    expect(sectionAccessFor(admin.userId, name).readOnly).toBe(false);
    expect(sectionAccessFor(ctx('editor@demo.filrouge.eu').userId, name).readOnly).toBe(false);
    expect(sectionAccessFor(ctx('contributor@demo.filrouge.eu').userId, name).readOnly).toBe(true);
    expect(sectionAccessFor(ctx('elu@demo.filrouge.eu').userId, name).readOnly).toBe(true);
    expect(() => sectionAccessFor(ctx('partner@demo.filrouge.eu').userId, name)).toThrow(CollabRefused);
    expect(() => sectionAccessFor(admin.userId, name.replace('lessons', 'other'))).toThrow(CollabRefused);
  });
});
