import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, departmentBudgetLines, externalActionBudgetLines, externalActionCompetencies, externalActions, users, workspaces } from '@/db/schema';
import { ACTION_TYPES } from '@/db/schema/external-actions';
import { loadMemberContext } from '@/lib/auth/session';
import { canEditAction, getBlindSpots, getBudgetConsolidation, getReturnsGap, listExternalActions } from '@/lib/external-actions/queries';
import { ExternalActionFilter } from '@/lib/external-actions/schemas';
import { myDepartmentIds, getDepartment } from '@/lib/departments/queries';
import { catalogueEntry, entryOfferedTo } from '@/lib/competencies/catalogue';
import { fundingSourceAllowed } from '@/lib/competencies/solidarity-schemes';
import { seedDemo, DEMO_WORKSPACE_SLUG } from './demo';
import { DEMO_EXTERNAL_ACTION_COUNT } from './external-actions';

function demo() {
  seedDemo(db, 'not-a-real-hash');
  const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
  const ctx = (email: string) => loadMemberContext(db.select().from(users).where(eq(users.email, email)).get()!.id, { id: ws.id });
  return { ctx };
}

describe('demo external actions', () => {
  it('covers about twenty actions of every type, in at least six countries, with budgets over three years', () => {
    const { ctx } = demo();
    const editor = ctx('editor@demo.filrouge.eu');
    const all = listExternalActions(db, editor, ExternalActionFilter.parse({ size: 200 }));
    expect(all.total).toBe(DEMO_EXTERNAL_ACTION_COUNT);
    expect(all.total).toBeGreaterThanOrEqual(18);
    expect(new Set(all.rows.map((r) => r.type))).toEqual(new Set(ACTION_TYPES));
    expect(new Set(all.rows.flatMap((r) => r.countries)).size).toBeGreaterThanOrEqual(6);
    expect(all.rows.filter((r) => r.competencyCount > 0).length).toBeGreaterThan(all.total / 2);
    const budget = getBudgetConsolidation(db, editor);
    expect(budget.years).toHaveLength(3);
    expect(budget.years.every((y) => budget.bySource.totalsByYear[y]! > 0)).toBe(true);
    expect(budget.byDepartment.total).toBeCloseTo(budget.byCompetency.total, 6);
  });

  it('shows a real gap: economic returns much expected and never observed, most observed returns unexpected or non-economic', () => {
    const { ctx } = demo();
    const gap = getReturnsGap(db, ctx('elu@demo.filrouge.eu'));
    const economic = gap.rows.find((r) => r.category === 'economic')!;
    expect(economic.expected).toBeGreaterThanOrEqual(8);
    expect(economic.met).toBe(0);
    expect(gap.overall.share).toBeGreaterThan(0.2);
    expect(gap.overall.share).toBeLessThan(0.6);
    expect(gap.overall.unexpected).toBeGreaterThan(gap.overall.observed / 3);
    // Several actions wrote nothing down beforehand.
    expect(gap.actions.withExpected).toBeLessThan(gap.actions.total);
    expect(gap.actions.withExpected).toBeGreaterThan(gap.actions.total / 2);
    expect(gap.rows.find((r) => r.category === 'cultural_opening')!.observed).toBeGreaterThan(
      gap.rows.find((r) => r.category === 'cultural_opening')!.expected,
    );
    const spots = getBlindSpots(db, ctx('elu@demo.filrouge.eu'), 'fr');
    expect(spots.departmentsNeverMobilised.length).toBeGreaterThanOrEqual(2);
    expect(spots.actionsWithoutCompetency.length).toBeGreaterThanOrEqual(2);
    expect(spots.departmentsOnlyAdHoc.length).toBeGreaterThanOrEqual(1);
  });

  it('makes the demo contributor the culture point person, editing a few actions; the partner sees the shared ones', () => {
    const { ctx } = demo();
    const contributor = ctx('contributor@demo.filrouge.eu');
    const [culture] = myDepartmentIds(db, contributor);
    expect(getDepartment(db, contributor, culture!).name).toMatch(/culture/i);
    const all = listExternalActions(db, contributor, ExternalActionFilter.parse({ size: 200 })).rows;
    const editable = all.filter((a) => canEditAction(db, contributor, a.id));
    expect(editable.length).toBeGreaterThanOrEqual(3);
    expect(editable.length).toBeLessThan(all.length / 2);
    const partner = listExternalActions(db, ctx('partner@demo.filrouge.eu'), ExternalActionFilter.parse({ size: 200 }));
    expect(partner.total).toBe(3);
    expect(partner.rows.every((r) => r.partnerNames?.includes('Nioro-Kaya'))).toBe(true);
  });

  it('seeds only what a real Département may do: its funding sources and competences, and partners that exist as written', () => {
    demo();
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    expect(ws.level).toBe('departement');
    const sources = [
      ...db
        .select({ s: externalActionBudgetLines.fundingSource })
        .from(externalActionBudgetLines)
        .where(eq(externalActionBudgetLines.workspaceId, ws.id))
        .all(),
      ...db.select({ s: departmentBudgetLines.fundingSource }).from(departmentBudgetLines).where(eq(departmentBudgetLines.workspaceId, ws.id)).all(),
    ].map((r) => r.s);
    expect(sources.length).toBeGreaterThan(20);
    for (const source of sources) expect(fundingSourceAllowed('departement', source), source).toBe(true);
    // Partners act too: they contribute to the budget.
    expect(sources).toContain('partner_contribution');
    const links = db
      .select({ key: externalActionCompetencies.catalogueKey })
      .from(externalActionCompetencies)
      .where(eq(externalActionCompetencies.workspaceId, ws.id))
      .all();
    for (const { key } of links) if (key) expect(entryOfferedTo(catalogueEntry(key)!, 'departement'), key).toBe(true);
    // Facts an international-relations officer would check at once (issue #25, point 6).
    const text = JSON.stringify([
      db.select().from(externalActions).where(eq(externalActions.workspaceId, ws.id)).all(),
      db.select().from(actors).where(eq(actors.workspaceId, ws.id)).all(),
    ]);
    const found = (pattern: RegExp) => pattern.exec(text)?.[0] ?? null;
    expect(found(/1 % solidaire|budget annexe de l’eau/)).toBeNull();
    expect(found(/semaine de la solidarité internationale/i)).toBeNull();
    expect(found(/district de/)).toBeNull(); // Viêt Nam abolished its districts on 1 July 2025.
    expect(found(/"BF"/)).toBeNull(); // French aid to Burkina Faso was suspended in August 2023.
    const ccre = db
      .select()
      .from(actors)
      .where(eq(actors.workspaceId, ws.id))
      .all()
      .find((a) => /CCRE/.test(a.name))!;
    expect(ccre.name).toMatch(/^AFCCRE/); // French authorities join the CEMR through its French section.
  });
});
