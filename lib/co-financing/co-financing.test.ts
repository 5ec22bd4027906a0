import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, coFinancingLines } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { Forbidden } from '@/lib/errors';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { getActionPlan } from './queries';
import { coFinancingOverview } from './overview-queries';
import './actions';
import { auditedActions } from '@/lib/test/audit';

type Ws = ReturnType<typeof makeWorkspace>;
const action = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;

function newAction(ws: Ws, title: string, countries: string[]) {
  return db.transaction((tx) =>
    createExternalAction(tx, ws.ctx('editor'), ExternalActionInput.parse({ title, type: 'decentralised_cooperation', status: 'running', countries })),
  ).data.id;
}

const statusOf = (ws: Ws, actionId: string, year: number) =>
  Object.fromEntries(
    getActionPlan(db, ws.ctx('reviewer'), actionId)
      .years.find((y) => y.year === year)!
      .checks.map((c) => [c.rule.key, c.status]),
  );

describe('co-financing plans on the real database', () => {
  it('saves a plan that breaks a rule as typed, flags it, and audits every change', () => {
    const ws = makeWorkspace('cofi-alpha');
    const id = newAction(ws, 'Eau potable à Nioro', ['SN']);
    const run = (name: string, input: unknown, who = ws.people.editor.id) => executeWorkspaceAction(action(name), who, ws.id, input);
    const ministry = run('coFinancing.lineCreate', {
      actionId: id,
      year: 2026,
      funderKind: 'ministry_call',
      callYear: '2026',
      asked: '95 000',
      granted: '95 000',
    });
    expect(ministry.ok).toBe(true);
    const own = run('coFinancing.lineCreate', { actionId: id, year: 2026, funderKind: 'own', asked: '2 000', staffDays: '12', staffDailyCost: '250' });
    expect(own.ok).toBe(true);
    const lineId = (ministry as { data: { id: string } }).data.id;
    expect(run('coFinancing.instalmentCreate', { lineId, amount: '76 000', condition: 'none', dueOn: '2026-03-01', receivedOn: '2026-03-20' }).ok).toBe(true);
    // 95 000 of 100 000 with an LDC: above 90 %; own share 5 % (2 000 + 3 000 in kind); in kind 60 % of it; nothing held for the final report.
    expect(statusOf(ws, id, 2026)).toEqual({
      ministry_max_ldc: 'broken',
      authority_min_share: 'broken',
      in_kind_max_of_authority: 'broken',
      final_instalment_min: 'broken',
    });
    const stored = db.select().from(coFinancingLines).where(eq(coFinancingLines.id, lineId)).get()!;
    expect([stored.askedCents, stored.grantedCents, stored.callYear]).toEqual([9_500_000, 9_500_000, 2026]);
    // Corrected by the officer: the ministry's share lowered, the balance held for the final report.
    expect(
      run('coFinancing.lineUpdate', { id: lineId, year: 2026, funderKind: 'ministry_call', callYear: 2026, asked: '60000', granted: '60000', paid: '48000' })
        .ok,
    ).toBe(true);
    expect(run('coFinancing.instalmentCreate', { lineId, amount: '12000', condition: 'final_report', dueOn: '2027-03-01' }).ok).toBe(true);
    expect(
      run('coFinancing.lineCreate', {
        actionId: id,
        year: 2026,
        funderKind: 'one_percent_water',
        funderName: 'Agence de l’eau',
        asked: '30000',
        granted: '30000',
      }).ok,
    ).toBe(true);
    expect(run('coFinancing.lineCreate', { actionId: id, year: 2026, funderKind: 'own', asked: '5000' }).ok).toBe(true);
    expect(statusOf(ws, id, 2026)).toEqual({
      ministry_max_ldc: 'met',
      authority_min_share: 'met',
      in_kind_max_of_authority: 'met',
      final_instalment_min: 'met',
    });
    const overview = coFinancingOverview(db, ws.ctx('editor'));
    expect(overview).toMatchObject({ planCount: 1, flagged: [], grantedCents: 9_000_000, paidCents: 4_800_000 });
    expect(overview.byFunder.total).toBe(6_000_000 + 3_000_000 + 200_000 + 300_000 + 500_000);
    const audited = auditedActions(eq(auditLog.entityId, lineId));
    expect(audited).toEqual(['coFinancing.lineCreate', 'coFinancing.lineUpdate']);
    expect(run('coFinancing.lineDelete', { id: lineId }).ok).toBe(true);
    expect(getActionPlan(db, ws.ctx('editor'), id).years[0]!.lines.map((l) => l.funderKind)).toEqual(['own', 'one_percent_water', 'own']);
  });

  it('lists flagged plans in the overview and applies the rules an admin edits', () => {
    const ws = makeWorkspace('cofi-bravo');
    const id = newAction(ws, 'Jumelage Lindenau', ['DE']);
    const run = (name: string, input: unknown, who = ws.people.editor.id) => executeWorkspaceAction(action(name), who, ws.id, input);
    run('coFinancing.lineCreate', { actionId: id, year: 2025, funderKind: 'ministry_call', callYear: 2025, asked: '75000' });
    run('coFinancing.lineCreate', { actionId: id, year: 2025, funderKind: 'own', asked: '25000' });
    expect(coFinancingOverview(db, ws.ctx('reviewer')).flagged).toEqual([
      { actionId: id, actionTitle: 'Jumelage Lindenau', year: 2025, brokenRules: [{ key: 'ministry_max_other', percent: 70 }] },
    ]);
    const saved = run(
      'coFinancing.ruleUpdate',
      { key: 'ministry_max_other', percent: '80', sourceText: 'Appel à projets 2025, article 4', sourceUrl: 'https://example.org/aap' },
      ws.people.admin.id,
    );
    expect(saved.ok).toBe(true);
    expect(coFinancingOverview(db, ws.ctx('reviewer')).flagged).toEqual([]);
    expect(getActionPlan(db, ws.ctx('reviewer'), id).years[0]!.checks[0]!.rule).toMatchObject({ percent: 80, sourceUrl: 'https://example.org/aap' });
  });

  it('refuses bad input, other roles, a contributor outside the action and another workspace, changing nothing', () => {
    const a = makeWorkspace('cofi-charlie');
    const b = makeWorkspace('cofi-delta');
    const id = newAction(a, 'Action A', ['MA']);
    const bId = newAction(b, 'Action B', ['MA']);
    const bLine = executeWorkspaceAction(action('coFinancing.lineCreate'), b.people.editor.id, b.id, {
      actionId: bId,
      year: 2026,
      funderKind: 'own',
      asked: '10',
    });
    const bLineId = (bLine as { data: { id: string } }).data.id;
    const before = databaseFingerprint();
    const create = (who: string, input: Record<string, unknown>) =>
      executeWorkspaceAction(action('coFinancing.lineCreate'), who, a.id, { actionId: id, year: 2026, funderKind: 'own', asked: '100', ...input });
    expect(create(a.people.editor.id, { asked: '-100', year: '3000' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { asked: 'amountFormat', year: 'yearRange' },
    });
    expect(create(a.people.editor.id, { granted: '100', paid: '100,01' })).toMatchObject({ ok: false, fieldErrors: { paid: 'paidOverGranted' } });
    expect(create(a.people.editor.id, { asked: 'beaucoup' })).toMatchObject({ ok: false, fieldErrors: { asked: 'amountFormat' } });
    expect(create(a.people.editor.id, { asked: '' })).toMatchObject({ ok: false, fieldErrors: { asked: 'amountRequired' } });
    expect(create(a.people.reviewer.id, {})).toMatchObject({ ok: false, code: 'forbidden' });
    expect(create(a.people.partner.id, {})).toMatchObject({ ok: false, code: 'forbidden' });
    expect(create(a.people.contributor.id, {})).toMatchObject({ ok: false, code: 'forbidden', message: 'actionNotYours' });
    expect(create(a.people.admin.id, { actionId: bId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(action('coFinancing.lineDelete'), a.people.admin.id, a.id, { id: bLineId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(
      executeWorkspaceAction(action('coFinancing.instalmentCreate'), a.people.admin.id, a.id, { lineId: bLineId, amount: '5', condition: 'none' }),
    ).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    const rule = { key: 'authority_min_share', percent: 20, sourceText: 'Délibération' };
    expect(executeWorkspaceAction(action('coFinancing.ruleUpdate'), a.people.editor.id, a.id, rule)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      executeWorkspaceAction(action('coFinancing.ruleUpdate'), a.people.admin.id, a.id, { ...rule, percent: 140, sourceUrl: 'javascript:alert(1)' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { percent: 'percentRange', sourceUrl: 'urlFormat' },
    });
    expect(databaseFingerprint()).toEqual(before);
    expect(() => getActionPlan(db, a.ctx('partner'), id)).toThrowError(Forbidden);
    expect(() => coFinancingOverview(db, a.ctx('partner'))).toThrowError(Forbidden);
  });
});
