import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { coFinancingLines, externalActions } from '@/db/schema';
import type { FunderKind } from '@/db/enums/co-financing';
import { eq } from 'drizzle-orm';
import { makeWorkspace } from '@/lib/test/fixtures';
import { create } from '@/lib/external-actions/test-setup';
import { assembleDeclaration } from './assemble';
import { listDeclarationActions, listDeclarationYears } from './queries';

type Ws = ReturnType<typeof makeWorkspace>;

function action(ws: Ws, title: string, amounts: string[]) {
  const id = create(ws, { title, countries: ['SN'], budgetLines: amounts.map((amount) => ({ year: '2025', amount, fundingSource: 'own_funds' })) });
  db.update(externalActions).set({ aidCategory: 'decentralised_cooperation' }).where(eq(externalActions.id, id)).run();
  return id;
}

function line(ws: Ws, actionId: string, funderKind: FunderKind, askedCents: number, staff: { days: number; dailyCents: number } = { days: 0, dailyCents: 0 }) {
  const now = new Date();
  db.insert(coFinancingLines)
    .values({
      id: crypto.randomUUID(),
      workspaceId: ws.id,
      actionId,
      year: 2025,
      funderKind,
      funderName: funderKind === 'own' ? null : 'Funder',
      callYear: funderKind === 'ministry_call' ? 2025 : null,
      askedCents,
      grantedCents: askedCents,
      paidCents: 0,
      staffDays: staff.days,
      staffDailyCostCents: staff.dailyCents,
      createdAt: now,
      updatedAt: now,
    })
    .run();
}

describe('the co-financing plans in the declaration', () => {
  it('adds staff in kind and unbudgeted own funds, never the budgeted own funds nor co-funders, and categories still sum to the total', () => {
    const ws = makeWorkspace('decl-cofi');
    // Budgeted: its own cash of the plan is the 10 000 € budget line already counted.
    const budgeted = action(ws, 'Budgeted water', ['10 000']);
    line(ws, budgeted, 'own', 1_000_000, { days: 10, dailyCents: 30_000 });
    line(ws, budgeted, 'ministry_call', 2_000_000);
    // No budget line: its own cash is counted from the plan.
    const unbudgeted = action(ws, 'Unbudgeted school', []);
    line(ws, unbudgeted, 'own', 500_000);
    line(ws, unbudgeted, 'afd', 900_000, { days: 0, dailyCents: 0 });
    line(ws, unbudgeted, 'partner_authority', 100_000, { days: 5, dailyCents: 4_000 });

    const snapshot = db.transaction((tx) => assembleDeclaration(tx, ws.id, 2025));
    const fromPlans = snapshot.lines.filter((l) => l.source === 'co_financing');
    expect(fromPlans.map((l) => [l.label, l.cents]).sort()).toEqual([
      ['Budgeted water', 300_000],
      ['Unbudgeted school', 500_000],
    ]);
    // 10 000 € of budget + 3 000 € of staff time + 5 000 € of unbudgeted own funds; no co-funder's money.
    expect(snapshot.totalCents).toBe(1_800_000);
    expect(snapshot.byCategory.reduce((sum, c) => sum + c.cents, 0)).toBe(snapshot.totalCents);
    expect(snapshot.lines.reduce((sum, l) => sum + l.cents, 0)).toBe(snapshot.totalCents);
    expect(snapshot.missing).toEqual([]);

    // The page offers a category for the action known only by its plan, not for one without spending.
    action(ws, 'Nothing this year', []);
    const offered = db.transaction((tx) => listDeclarationActions(tx, ws.ctx('editor'), 2025)).map((a) => a.title);
    expect(offered.sort()).toEqual(['Budgeted water', 'Unbudgeted school']);
    expect(db.transaction((tx) => listDeclarationYears(tx, ws.ctx('editor')))).toEqual([2025]);
  });
});
