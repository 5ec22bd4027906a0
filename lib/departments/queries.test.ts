import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { ActorInput } from '@/lib/actors/schemas';
import { createActor } from '@/lib/actors/queries';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { DepartmentInput } from './schemas';
import {
  addDepartmentBudgetLine,
  canEditDepartment,
  createDepartment,
  deleteDepartmentBudgetLine,
  getDepartment,
  listDepartments,
  myDepartmentIds,
  updateDepartment,
} from './queries';
import './actions';

type Ws = ReturnType<typeof makeWorkspace>;
const run = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;

function department(ws: Ws, values: Record<string, unknown> & { name: string }) {
  return db.transaction((tx) => createDepartment(tx, ws.ctx('editor'), DepartmentInput.parse({ languages: 'fr', ...values }))).data.id;
}

describe('departments', () => {
  it('links a contributor to the departments whose point person they are', () => {
    const ws = makeWorkspace('alpha');
    const culture = department(ws, { name: 'Culture', pointPersonUserId: ws.people.contributor.id, languages: 'fr, EN, it' });
    department(ws, { name: 'Routes' });
    expect(myDepartmentIds(db, ws.ctx('contributor'))).toEqual([culture]);
    expect(myDepartmentIds(db, ws.ctx('editor'))).toEqual([]);
    expect(getDepartment(db, ws.ctx('reviewer'), culture).languages).toEqual(['fr', 'en', 'it']);
    expect(canEditDepartment(ws.ctx('contributor'), getDepartment(db, ws.ctx('contributor'), culture))).toBe(true);
    expect(canEditDepartment(ws.ctx('reviewer'), getDepartment(db, ws.ctx('reviewer'), culture))).toBe(false);
  });

  it('lets the point person edit their department’s record and lines, never another’s, nor hand it over', () => {
    const ws = makeWorkspace('alpha');
    const culture = department(ws, { name: 'Culture', pointPersonUserId: ws.people.contributor.id });
    const roads = department(ws, { name: 'Routes' });
    const contributor = ws.ctx('contributor');
    const mine = {
      id: culture,
      name: 'Culture et patrimoine',
      description: null,
      pointPersonUserId: ws.people.contributor.id,
      pointPersonActorId: null,
      languages: ['fr', 'it'],
      version: 1,
    };
    db.transaction((tx) => updateDepartment(tx, contributor, mine));
    expect(getDepartment(db, contributor, culture).name).toBe('Culture et patrimoine');
    const line = db.transaction((tx) =>
      addDepartmentBudgetLine(tx, contributor, { departmentId: culture, label: 'Interprétariat', year: 2026, amount: 1200.5, fundingSource: 'own_funds' }),
    ).data.id;
    const before = databaseFingerprint();
    expect(() => db.transaction((tx) => updateDepartment(tx, contributor, { ...mine, id: roads, name: 'Routes' }))).toThrowError(Forbidden);
    expect(() => db.transaction((tx) => updateDepartment(tx, contributor, { ...mine, pointPersonUserId: ws.people.editor.id }))).toThrowError(Forbidden);
    expect(() =>
      db.transaction((tx) =>
        addDepartmentBudgetLine(tx, contributor, { departmentId: roads, label: 'Détour', year: 2026, amount: 10, fundingSource: 'own_funds' }),
      ),
    ).toThrowError(Forbidden);
    expect(executeWorkspaceAction(run('departments.create'), ws.people.contributor.id, ws.id, { name: 'Nouvelle', languages: ['fr'] })).toMatchObject({
      code: 'forbidden',
    });
    expect(executeWorkspaceAction(run('departments.delete'), ws.people.contributor.id, ws.id, { id: culture })).toMatchObject({ code: 'forbidden' });
    expect(executeWorkspaceAction(run('departments.update'), ws.people.reviewer.id, ws.id, { ...mine })).toMatchObject({ code: 'forbidden' });
    expect(databaseFingerprint()).toEqual(before);
    db.transaction((tx) => deleteDepartmentBudgetLine(tx, contributor, { id: line }));
  });

  it('accepts as point person only a non-partner member and an internal actor of the workspace', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const school = db.transaction((tx) => createActor(tx, a.ctx('editor'), ActorInput.parse({ name: 'Lycée', category: 'school', influence: 3, interest: 3 })))
      .data.id;
    const directorate = db.transaction((tx) =>
      createActor(tx, a.ctx('editor'), ActorInput.parse({ name: 'Direction de la culture', category: 'directorate', influence: 3, interest: 3 })),
    ).data.id;
    expect(() => department(a, { name: 'X1', pointPersonUserId: a.people.partner.id })).toThrowError(Invalid);
    expect(() => department(a, { name: 'X2', pointPersonUserId: b.people.editor.id })).toThrowError(Invalid);
    expect(() => department(a, { name: 'X3', pointPersonActorId: school })).toThrowError(Invalid);
    expect(department(a, { name: 'Culture', pointPersonActorId: directorate })).toBeTruthy();
  });

  it('sums each department’s participations and international budget in one query', () => {
    const ws = makeWorkspace('alpha');
    const culture = department(ws, { name: 'Culture' });
    const roads = department(ws, { name: 'Routes' });
    db.transaction((tx) =>
      createExternalAction(
        tx,
        ws.ctx('editor'),
        ExternalActionInput.parse({
          title: 'Festival',
          type: 'one_off_project',
          status: 'finished',
          departments: [{ departmentId: culture, mode: 'lead' }],
          budgetLines: [{ year: 2025, amount: 1000, fundingSource: 'own_funds', departmentId: culture }],
        }),
      ),
    );
    db.transaction((tx) =>
      addDepartmentBudgetLine(tx, ws.ctx('editor'), { departmentId: culture, label: 'Interprétariat', year: 2025, amount: 250, fundingSource: 'own_funds' }),
    );
    const rows = listDepartments(db, ws.ctx('reviewer'));
    expect(rows.find((d) => d.id === culture)).toMatchObject({
      actionsCount: 1,
      leadCount: 1,
      coConstructionCount: 0,
      actionBudgetCents: 100_000,
      ownBudgetCents: 25_000,
    });
    expect(rows.find((d) => d.id === roads)).toMatchObject({ actionsCount: 0, actionBudgetCents: 0, ownBudgetCents: 0 });
  });

  it('keeps other workspaces’ departments out of reach', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const theirs = department(b, { name: 'Secret' });
    expect(() => getDepartment(db, a.ctx('admin'), theirs)).toThrowError(NotFound);
    expect(listDepartments(db, a.ctx('admin'))).toEqual([]);
    const before = databaseFingerprint();
    expect(
      executeWorkspaceAction(run('departments.addBudgetLine'), a.people.admin.id, a.id, {
        departmentId: theirs,
        label: 'Intrusion',
        year: 2026,
        amount: '10',
        fundingSource: 'eu',
      }),
    ).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(databaseFingerprint()).toEqual(before);
  });
});
