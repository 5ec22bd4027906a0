import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { addDepartmentBudgetLine } from '@/lib/departments/queries';
import {
  BUDGET_DEPARTMENT_LINES,
  BUDGET_NONE,
  getBlindSpots,
  getBudgetConsolidation,
  getCompetencyMatrix,
  getExternalActionDetail,
  getReturnsGap,
} from './queries';
import './actions';
import { department, create, observe, setUp } from './test-setup';

describe('external actions: views', () => {
  it('consolidates the budget by department, source, competency and year, every view adding up to the same total', () => {
    const { ws, culture, social } = setUp();
    // 1 000 € shared by two competencies, 300 € with none, and a department's own 200 € line.
    create(ws, {
      title: 'Deux compétences',
      departments: [{ departmentId: social, mode: 'lead' }],
      competencies: [
        { ref: 'departement.pmi', reason: 'Protocoles de PMI partagés.' },
        { ref: 'departement.child_welfare', reason: 'Familles d’accueil.' },
      ],
      budgetLines: [
        { year: 2024, amount: 600, fundingSource: 'own_funds', departmentId: social },
        { year: 2025, amount: 400, fundingSource: 'foreign_ministry', departmentId: social },
      ],
    });
    create(ws, { title: 'Sans compétence', budgetLines: [{ year: 2025, amount: 300, fundingSource: 'eu' }] });
    db.transaction((tx) =>
      addDepartmentBudgetLine(tx, ws.ctx('editor'), { departmentId: culture, label: 'Interprétariat', year: 2026, amount: 200, fundingSource: 'own_funds' }),
    );
    const budget = getBudgetConsolidation(db, ws.ctx('reviewer'));
    expect(budget.years).toEqual([2024, 2025, 2026]);
    for (const pivot of [budget.byDepartment, budget.bySource, budget.byCompetency]) {
      expect(pivot.total).toBeCloseTo(1500_00, 6);
      expect(pivot.totalsByYear[2024]).toBeCloseTo(600_00, 6);
      expect(pivot.totalsByYear[2025]).toBeCloseTo(700_00, 6);
      expect(pivot.totalsByYear[2026]).toBeCloseTo(200_00, 6);
    }
    const row = (pivot: typeof budget.byDepartment, key: string) => pivot.rows.find((r) => r.key === key);
    expect(row(budget.byDepartment, social)).toMatchObject({ total: 1000_00, byYear: { 2024: 600_00, 2025: 400_00, 2026: 0 } });
    expect(row(budget.byDepartment, BUDGET_NONE)?.total).toBe(300_00);
    expect(row(budget.byDepartment, culture)?.total).toBe(200_00);
    expect(row(budget.bySource, 'own_funds')?.total).toBe(800_00);
    expect(row(budget.bySource, 'foreign_ministry')?.total).toBe(400_00);
    expect(row(budget.bySource, 'eu')?.total).toBe(300_00);
    expect(row(budget.byCompetency, 'departement.pmi')).toMatchObject({ total: 500_00, byYear: { 2024: 300_00, 2025: 200_00 } });
    expect(row(budget.byCompetency, 'departement.child_welfare')?.total).toBe(500_00);
    expect(row(budget.byCompetency, BUDGET_NONE)?.total).toBe(300_00);
    expect(row(budget.byCompetency, BUDGET_DEPARTMENT_LINES)?.total).toBe(200_00);
  });

  it('computes the returns gap from the database: share of expected returns ever observed, unexpected ones, actions that wrote nothing', () => {
    const { ws } = setUp();
    const a = create(ws, {
      title: 'Action A',
      expectedReturns: [
        { category: 'economic', description: 'Contrats' },
        { category: 'economic', description: 'Emplois' },
        { category: 'networking', description: 'Réseau' },
      ],
    });
    create(ws, { title: 'B (rien d’écrit)' });
    const [contracts, , network] = getExternalActionDetail(db, ws.ctx('admin'), a).expected;
    observe(ws, { actionId: a, expectedReturnId: network!.id, category: 'networking' });
    observe(ws, { actionId: a, expectedReturnId: network!.id, category: 'networking' });
    observe(ws, { actionId: a, category: 'cultural_opening' });
    const gap = getReturnsGap(db, ws.ctx('reviewer'));
    expect(gap.rows.find((r) => r.category === 'economic')).toMatchObject({ expected: 2, met: 0, share: 0, observed: 0 });
    expect(gap.rows.find((r) => r.category === 'networking')).toMatchObject({ expected: 1, met: 1, share: 1, observed: 2, unexpected: 0 });
    expect(gap.rows.find((r) => r.category === 'cultural_opening')).toMatchObject({ expected: 0, share: null, observed: 1, unexpected: 1 });
    expect(gap.overall).toMatchObject({ expected: 3, met: 1, observed: 3, unexpected: 1 });
    expect(gap.overall.share).toBeCloseTo(1 / 3);
    expect(gap.actions).toEqual({ total: 2, withExpected: 1, withObserved: 1 });
    expect(contracts).toBeDefined();
  });

  it('counts actions per competency and column in the matrix, with the row of actions tied to no competency', () => {
    const { ws, culture, social } = setUp();
    create(ws, {
      title: 'Action A',
      type: 'twinning',
      rationales: ['exchange', 'influence'],
      departments: [{ departmentId: culture, mode: 'lead' }],
      competencies: [{ ref: 'departement.colleges', reason: 'Collégiens.' }],
    });
    create(ws, {
      title: 'Action B',
      type: 'twinning',
      rationales: ['exchange'],
      departments: [{ departmentId: social, mode: 'lead' }],
      competencies: [
        { ref: 'departement.colleges', reason: 'Collégiens.' },
        { ref: 'departement.pmi', reason: 'Suivi prénatal.' },
      ],
    });
    create(ws, { title: 'Action C', type: 'promotion_abroad', rationales: ['attractiveness'] });
    const byType = getCompetencyMatrix(db, ws.ctx('reviewer'), 'type', 'fr');
    const colleges = byType.rows.find((r) => r.competency.ref === 'departement.colleges')!;
    expect(colleges.cells).toEqual({ twinning: 2 });
    expect(colleges.total).toBe(2);
    expect(byType.rows.find((r) => r.competency.ref === 'departement.rsa')).toMatchObject({ cells: {}, total: 0 });
    expect(byType.unlinked).toEqual({ cells: { promotion_abroad: 1 }, total: 1 });
    expect(byType.columnTotals).toEqual({ twinning: 2, promotion_abroad: 1 });
    expect(byType.totalActions).toBe(3);
    expect(byType.max).toBe(2);
    const byRationale = getCompetencyMatrix(db, ws.ctx('reviewer'), 'rationale', 'fr');
    expect(byRationale.rows.find((r) => r.competency.ref === 'departement.colleges')!.cells).toEqual({ exchange: 2, influence: 1 });
    const byDepartment = getCompetencyMatrix(db, ws.ctx('reviewer'), 'department', 'fr');
    expect(byDepartment.rows.find((r) => r.competency.ref === 'departement.pmi')!.cells).toEqual({ [social]: 1 });
    expect(byDepartment.departments.map((d) => d.name)).toEqual(['Action sociale', 'Culture']);
  });

  it('lists departments never mobilised or only ad hoc, actions with no competency and competencies with no action', () => {
    const { ws, culture, social } = setUp();
    const roads = department(ws, 'Routes');
    create(ws, {
      title: 'Avec',
      departments: [{ departmentId: culture, mode: 'lead' }],
      competencies: [{ ref: 'departement.colleges', reason: 'Collégiens.' }],
    });
    create(ws, { title: 'Sans', departments: [{ departmentId: social, mode: 'expertise' }] });
    const spots = getBlindSpots(db, ws.ctx('reviewer'), 'fr');
    expect(spots.departmentsNeverMobilised.map((d) => d.id)).toEqual([roads]);
    expect(spots.departmentsOnlyAdHoc.map((d) => d.id)).toEqual([social]);
    expect(spots.actionsWithoutCompetency.map((a) => a.title)).toEqual(['Sans']);
    expect(spots.competenciesWithoutAction.some((c) => c.ref === 'departement.colleges')).toBe(false);
    expect(spots.competenciesWithoutAction.some((c) => c.ref === 'departement.rsa')).toBe(true);
    expect(spots.totals).toMatchObject({ departments: 3, actions: 2 });
  });
});
