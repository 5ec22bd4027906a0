import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { aidDeclarations, auditLog, externalActionBudgetLines } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import type { FundingSource } from '@/db/enums/departments';
import { create } from '@/lib/external-actions/test-setup';
import { createTestMission } from '@/lib/test/builders';
import { AID_CATEGORIES, NOT_ALLOCABLE } from './categories';
import { assembleDeclaration, placeItems, splitCents } from './assemble';
import { isLeastDeveloped, isOdaRecipient, odaListFor } from './oda-recipients';
import { getFrozenDeclaration, getLiveDeclaration, listDeclarationVersions } from './queries';
import './actions';
import { auditedActions } from '@/lib/test/audit';

type Ws = ReturnType<typeof makeWorkspace>;

const run = (name: string, ws: Ws, role: 'admin' | 'editor' | 'contributor' | 'reviewer' | 'partner', input: unknown) => {
  const definition = workspaceActionRegistry.find((d) => d.name === name);
  if (!definition) throw new Error(`no action ${name}`);
  return executeWorkspaceAction(definition, ws.people[role].id, ws.id, input, 'en');
};

function action(ws: Ws, title: string, countries: string[], lines: { year: number; amount: string; source?: FundingSource }[]) {
  return create(ws, { title, countries, budgetLines: lines.map((l) => ({ year: String(l.year), amount: l.amount, fundingSource: l.source ?? 'own_funds' })) });
}

function setCategory(ws: Ws, actionId: string, category: string | null) {
  const result = run('declaration.setCategory', ws, 'editor', { actionId, category });
  expect(result.ok).toBe(true);
}

/** A workspace whose 2025 spending covers every case: eligible, split between two countries, off the list, not allocable, a mission. */
function setUp(slug: string) {
  const ws = makeWorkspace(slug);
  const water = action(
    ws,
    'Eau potable à Nioro',
    ['SN'],
    [
      { year: 2025, amount: '12 000,50' },
      { year: 2024, amount: '5 000' },
      // Paid by the water 1 % scheme: declared under the schemes, whatever the action's category.
      { year: 2025, amount: '2 000', source: 'solidarity_water' },
      // The partner's own contribution is not the authority's spending.
      { year: 2025, amount: '700', source: 'partner_contribution' },
    ],
  );
  const twin = action(ws, 'Jumelage Mali–Burkina', ['ML', 'BF'], [{ year: 2025, amount: '1 000,01' }]);
  const canada = action(ws, 'Échanges au Québec', ['CA'], [{ year: 2025, amount: '3 000' }]);
  const awareness = action(ws, 'Semaine de la solidarité', [], [{ year: 2025, amount: '800' }]);
  const mission = createTestMission(ws, {
    participants: [{ kind: 'elected', name: 'Élue' }],
    budgetLines: [{ year: '2025', amount: '1 500', fundingSource: 'own_funds' }],
    debriefDays: '10',
  });
  setCategory(ws, water, 'decentralised_cooperation');
  setCategory(ws, twin, 'solidarity_schemes');
  setCategory(ws, canada, 'decentralised_cooperation');
  setCategory(ws, awareness, 'development_awareness');
  return { ws, water, twin, canada, awareness, mission };
}

describe('the DAC list and the assembly', () => {
  it('keeps the 2024–2025 list with its least developed countries, and shares cents exactly', () => {
    const list = odaListFor(2025);
    expect(list.key).toBe('dac-2024-2025');
    expect(isOdaRecipient(list, 'sn')).toBe(true);
    expect(isLeastDeveloped(list, 'SN')).toBe(true);
    expect(isLeastDeveloped(list, 'MA')).toBe(false);
    expect(isOdaRecipient(list, 'FR')).toBe(false);
    expect(isOdaRecipient(list, 'CA')).toBe(false);
    expect(new Set([...list.ldc, ...list.others]).size).toBe(list.ldc.length + list.others.length);
    expect(splitCents(100001, 2)).toEqual([50001, 50000]);
    expect(splitCents(10, 3).reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('lists spending without category, and without country when the category needs one', () => {
    const snapshot = placeItems(2025, [
      { source: 'action', refId: 'a', label: 'A', category: null, countries: ['SN'], cents: 100 },
      { source: 'action', refId: 'b', label: 'B', category: 'ngo_grants', countries: [], cents: 200 },
      { source: 'action', refId: 'c', label: 'C', category: 'multilateral', countries: [], cents: 300 },
    ]);
    expect(snapshot.missing.map((m) => [m.refId, m.reason])).toEqual([
      ['a', 'no_category'],
      ['b', 'no_country'],
    ]);
    expect(snapshot.byCountry).toEqual([{ country: NOT_ALLOCABLE, cents: 300 }]);
    expect(snapshot.totalCents).toBe(300);
  });
});

describe('the yearly declaration on the real database', () => {
  it('reconciles: the categories add up to the eligible spending of the year; an off-list country is left out and listed', () => {
    const s = setUp('declaration-reconcile');
    const live = getLiveDeclaration(db, s.ws.ctx('editor'), 2025);
    // 12 000,50 + 2 000 (water scheme) + 1 000,01 + 800 + 1 500 (mission) are eligible; 3 000 (Canada) is not; 5 000 is 2024; 700 is the partner's.
    const eligible = 1_200_050 + 200_000 + 100_001 + 80_000 + 150_000;
    expect(live.totalCents).toBe(eligible);
    expect(live.byCategory.map((c) => c.category)).toEqual([...AID_CATEGORIES]);
    expect(live.byCategory.reduce((sum, c) => sum + c.cents, 0)).toBe(eligible);
    expect(live.byCountry.reduce((sum, c) => sum + c.cents, 0)).toBe(eligible);
    expect(Object.fromEntries(live.byCategory.map((c) => [c.category, c.cents]))).toMatchObject({
      decentralised_cooperation: 1_200_050,
      solidarity_schemes: 200_000 + 100_001,
      development_awareness: 80_000,
      staff_follow_up: 150_000,
    });
    expect(Object.fromEntries(live.byCountry.map((c) => [c.country, c.cents]))).toEqual({
      SN: 1_200_050 + 200_000 + 150_000,
      ML: 50_001,
      BF: 50_000,
      [NOT_ALLOCABLE]: 80_000,
    });
    expect(live.excluded).toEqual([{ source: 'action', refId: s.canada, label: 'Échanges au Québec', country: 'CA', cents: 300_000 }]);
    expect(live.missing).toEqual([]);
    // Every cent of the year is either declared or left out.
    const all = db.select().from(externalActionBudgetLines).where(eq(externalActionBudgetLines.workspaceId, s.ws.id)).all();
    const year2025 = all.filter((l) => l.year === 2025 && l.fundingSource !== 'partner_contribution').reduce((sum, l) => sum + l.amountCents, 0) + 150_000;
    expect(live.totalCents + live.excludedCents).toBe(year2025);
  });

  it('shows spending without category as missing and refuses to freeze it, changing nothing', () => {
    const s = setUp('declaration-missing');
    setCategory(s.ws, s.water, null);
    // Spending only off the list needs no category: it is left out either way.
    setCategory(s.ws, s.canada, null);
    const live = assembleDeclaration(db, s.ws.id, 2025);
    expect(live.missing).toEqual([{ reason: 'no_category', source: 'action', refId: s.water, label: 'Eau potable à Nioro', cents: 1_200_050 }]);
    expect(live.excluded.map((x) => [x.refId, x.cents])).toEqual([[s.canada, 300_000]]);
    const before = databaseFingerprint();
    const refused = run('declaration.freeze', s.ws, 'editor', { year: 2025 });
    expect(refused).toMatchObject({ ok: false, code: 'invalid', message: 'declarationIncomplete' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('freezes a snapshot that later changes do not alter; one version in force per year; an admin re-opens, the next freeze is version 2', () => {
    const s = setUp('declaration-freeze');
    const frozen = run('declaration.freeze', s.ws, 'editor', { year: 2025 });
    expect(frozen).toMatchObject({ ok: true, data: { version: 1, totalCents: 1_730_051 } });
    const stored = getFrozenDeclaration(db, s.ws.ctx('editor'), 2025)!;
    const before = JSON.stringify(stored.snapshot);

    // Later: a new eligible action, a category changed, a line's amount changed.
    const benin = action(s.ws, 'Nouvelle action au Bénin', ['BJ'], [{ year: 2025, amount: '999' }]);
    setCategory(s.ws, s.twin, 'ngo_grants');
    db.update(externalActionBudgetLines)
      .set({ amountCents: 1 })
      .where(and(eq(externalActionBudgetLines.actionId, s.water), eq(externalActionBudgetLines.fundingSource, 'own_funds')))
      .run();
    const after = getFrozenDeclaration(db, s.ws.ctx('editor'), 2025)!;
    expect(JSON.stringify(after.snapshot)).toBe(before);
    expect(after.totalCents).toBe(1_730_051);
    expect(getLiveDeclaration(db, s.ws.ctx('editor'), 2025).totalCents).not.toBe(1_730_051);

    // A second freeze of the same year is refused and changes nothing.
    const fingerprint = databaseFingerprint();
    expect(run('declaration.freeze', s.ws, 'admin', { year: 2025 })).toMatchObject({ ok: false, code: 'conflict', message: 'declarationAlreadyFrozen' });
    expect(databaseFingerprint()).toEqual(fingerprint);

    // Only an admin re-opens; the first version stays, the next freeze stores version 2 with today's figures.
    expect(run('declaration.reopen', s.ws, 'editor', { year: 2025 })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('declaration.reopen', s.ws, 'admin', { year: 2025 }).ok).toBe(true);
    // The new action has no category yet: the freeze waits for it.
    expect(run('declaration.freeze', s.ws, 'editor', { year: 2025 })).toMatchObject({ ok: false, message: 'declarationIncomplete' });
    setCategory(s.ws, benin, 'decentralised_cooperation');
    const second = run('declaration.freeze', s.ws, 'editor', { year: 2025 });
    // 1 cent (water, own funds of 2025) + 2 000 (water scheme) + 1 000,01 (twin, now NGO grants) + 800 + 1 500 + 999 (Benin).
    expect(second).toMatchObject({ ok: true, data: { version: 2, totalCents: 1 + 200_000 + 100_001 + 80_000 + 150_000 + 99_900 } });
    const versions = listDeclarationVersions(db, s.ws.ctx('reviewer'), 2025);
    expect(versions.map((v) => [v.version, v.reopenedAt !== null])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(JSON.stringify(versions[1]!.snapshot)).toBe(before);
    const audited = auditedActions(and(eq(auditLog.workspaceId, s.ws.id), eq(auditLog.entityType, 'aid_declaration')));
    expect(audited).toEqual(['declaration.freeze', 'declaration.reopen', 'declaration.freeze']);
  });

  it('refuses bad input and other roles with nothing changed', () => {
    const s = setUp('declaration-refusals');
    const other = makeWorkspace('declaration-refusals-other');
    const before = databaseFingerprint();
    expect(run('declaration.freeze', s.ws, 'editor', { year: 'next year' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { year: 'yearRange' } });
    expect(run('declaration.freeze', s.ws, 'editor', { year: 1850 })).toMatchObject({ ok: false, code: 'invalid' });
    expect(run('declaration.freeze', s.ws, 'editor', { year: 2031 })).toMatchObject({ ok: false, message: 'declarationEmpty' });
    expect(run('declaration.setCategory', s.ws, 'editor', { actionId: s.water, category: 'tourism' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { category: 'aidCategory' },
    });
    expect(run('declaration.setCategory', other, 'admin', { actionId: s.water, category: 'refugees' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(run('declaration.setCategory', s.ws, 'contributor', { actionId: s.water, category: 'refugees' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('declaration.freeze', s.ws, 'reviewer', { year: 2025 })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('declaration.reopen', s.ws, 'admin', { year: 2025 })).toMatchObject({ ok: false, code: 'not_found', message: 'declarationNotFrozen' });
    expect(databaseFingerprint()).toEqual(before);
    expect(db.select().from(aidDeclarations).where(eq(aidDeclarations.workspaceId, s.ws.id)).all()).toEqual([]);
  });
});
