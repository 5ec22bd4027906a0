import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { workspaces } from '@/db/schema';
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
