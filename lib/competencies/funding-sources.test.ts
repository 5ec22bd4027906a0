import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, MIGRATIONS_FOLDER, rawSqlite } from '@/db/client';
import { departmentBudgetLines, externalActionBudgetLines, workspaces } from '@/db/schema';
import type { AuthorityLevel } from '@/db/schema/workspaces';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { Invalid } from '@/lib/errors';
import { addDepartmentBudgetLine, createDepartment } from '@/lib/departments/queries';
import { DepartmentBudgetLineInput, DepartmentInput } from '@/lib/departments/schemas';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { competencyRef } from './schemas';
import { listCompetencies, resolveCompetencyRefs } from './queries';

type Ws = ReturnType<typeof makeWorkspace>;

function workspaceOf(level: AuthorityLevel) {
  const ws = makeWorkspace(`${level}-${crypto.randomUUID().slice(0, 6)}`);
  db.update(workspaces).set({ level }).where(eq(workspaces.id, ws.id)).run();
  const departmentId = db.transaction((tx) =>
    createDepartment(tx, ws.ctx('editor'), DepartmentInput.parse({ name: 'Relations internationales', languages: ['fr'] })),
  ).data.id;
  return { ...ws, departmentId };
}

function actionWith(ws: Ws, fundingSource: string) {
  const input = ExternalActionInput.parse({
    title: 'Coopération eau',
    type: 'decentralised_cooperation',
    status: 'running',
    budgetLines: [{ year: 2026, amount: 1000, fundingSource }],
  });
  return () => db.transaction((tx) => createExternalAction(tx, ws.ctx('editor'), input));
}

function refusal(run: () => unknown): Invalid {
  try {
    run();
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('funding sources per authority level', () => {
  it('refuses a Département any "1 %" scheme, on an action or a department budget line, and changes nothing', () => {
    const ws = workspaceOf('departement');
    const before = databaseFingerprint();
    for (const source of ['solidarity_water', 'solidarity_energy', 'solidarity_waste', 'solidarity_mobility']) {
      expect(refusal(actionWith(ws, source)).fieldErrors).toEqual({ 'budgetLines.0.fundingSource': 'fundingSourceNotOffered' });
      const line = DepartmentBudgetLineInput.parse({ departmentId: ws.departmentId, label: 'Cotisation', year: 2026, amount: 500, fundingSource: source });
      expect(refusal(() => db.transaction((tx) => addDepartmentBudgetLine(tx, ws.ctx('editor'), line))).fieldErrors).toEqual({
        fundingSource: 'fundingSourceNotOffered',
      });
    }
    expect(databaseFingerprint()).toEqual(before);
    // What a Département may use: its own funds, the water agency, the partner's contribution.
    for (const source of ['own_funds', 'water_agency', 'partner_contribution', 'other_french_authority']) actionWith(ws, source)();
  });

  it('lets a Région use the mobility scheme only, and a commune the water, energy and waste ones', () => {
    const region = workspaceOf('region');
    actionWith(region, 'solidarity_mobility')();
    expect(refusal(actionWith(region, 'solidarity_water')).fieldErrors).toEqual({ 'budgetLines.0.fundingSource': 'fundingSourceNotOffered' });
    const commune = workspaceOf('commune');
    for (const source of ['solidarity_water', 'solidarity_energy', 'solidarity_waste']) actionWith(commune, source)();
    expect(refusal(actionWith(commune, 'solidarity_mobility')).fieldErrors).toEqual({ 'budgetLines.0.fundingSource': 'fundingSourceNotOffered' });
  });

  it('neither lists nor accepts a scheme competence for a Département, and offers it to an intermunicipal body', () => {
    const dep = workspaceOf('departement');
    const refs = listCompetencies(db, dep.ctx('editor'), 'fr').map((c) => c.ref);
    expect(refs).toContain('all.external_action');
    expect(refs.filter((r) => r.startsWith('all.solidarity_'))).toEqual([]);
    expect(refusal(() => resolveCompetencyRefs(db, dep.ctx('editor'), ['all.solidarity_water'], (i) => `competencies.${i}.ref`)).fieldErrors).toEqual({
      'competencies.0.ref': 'competencyOtherLevel',
    });
    const epci = workspaceOf('epci');
    expect(
      listCompetencies(db, epci.ctx('editor'), 'fr')
        .filter((c) => c.ref.startsWith('all.solidarity_'))
        .map((c) => c.ref),
    ).toHaveLength(4);
    expect(competencyRef({ catalogueKey: 'all.solidarity_water', customId: null })).toBe('all.solidarity_water');
  });
});

describe('migration 0012: the old single "1 %" source', () => {
  const statements = fs.readFileSync(path.join(MIGRATIONS_FOLDER, '0012_split_solidarity_funding.sql'), 'utf8').split('--> statement-breakpoint');

  it('maps a commune’s lines to the water scheme and a Département’s to "other", saying so in the label', () => {
    const commune = workspaceOf('commune');
    const dep = workspaceOf('departement');
    const ids: Record<string, string> = {};
    for (const [key, ws] of Object.entries({ commune, dep })) {
      const actionId = actionWith(ws, 'own_funds')().data.id;
      ids[`${key}-action`] = crypto.randomUUID();
      ids[`${key}-dept`] = crypto.randomUUID();
      // Rows as the first version stored them (the enum no longer allows the old code).
      rawSqlite()
        .prepare(
          'insert into external_action_budget_lines (id, workspace_id, action_id, year, amount_cents, funding_source, department_id, label, position) values (?, ?, ?, 2025, 100000, ?, null, null, 1)',
        )
        .run(ids[`${key}-action`], ws.id, actionId, 'solidarity_1pct');
      rawSqlite()
        .prepare(
          'insert into department_budget_lines (id, workspace_id, department_id, label, year, amount_cents, funding_source, created_at) values (?, ?, ?, ?, 2025, 5000, ?, ?)',
        )
        .run(ids[`${key}-dept`], ws.id, ws.departmentId, 'Cotisation', 'solidarity_1pct', Date.now());
    }
    for (const sql of statements) rawSqlite().exec(sql);
    const action = (id: string) => db.select().from(externalActionBudgetLines).where(eq(externalActionBudgetLines.id, id)).get()!;
    const dept = (id: string) => db.select().from(departmentBudgetLines).where(eq(departmentBudgetLines.id, id)).get()!;
    expect(action(ids['commune-action']!)).toMatchObject({ fundingSource: 'solidarity_water', label: null });
    expect(dept(ids['commune-dept']!)).toMatchObject({ fundingSource: 'solidarity_water', label: 'Cotisation' });
    expect(action(ids['dep-action']!)).toMatchObject({ fundingSource: 'other', label: 'Ancien « 1 % solidaire » : à vérifier' });
    expect(dept(ids['dep-dept']!)).toMatchObject({ fundingSource: 'other', label: 'Cotisation (ancien « 1 % solidaire » : à vérifier)' });
    const left = rawSqlite().prepare("select count(*) as n from external_action_budget_lines where funding_source = 'solidarity_1pct'").get() as { n: number };
    expect(left.n).toBe(0);
  });
});
