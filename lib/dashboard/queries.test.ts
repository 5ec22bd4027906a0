import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { diagnostics, users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { Forbidden } from '@/lib/errors';
import { makeWorkspace } from '@/lib/test/fixtures';
import { getBudgetConsolidation, getReturnsGap } from '@/lib/external-actions/queries';
import { getCoherence, listIndicators } from '@/lib/strategy/queries';
import { compareDiagnostics } from '@/lib/diagnostic/queries';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { getDashboard, getDashboardForPage } from './queries';
import { OUTSIDE_AXIS, UNPLACED } from './types';
import { createTestAction as action, createTestActor, createTestAxis, placeTestAction as place } from '@/lib/test/builders';
import type { ActorCategory } from '@/db/enums/actors';

type Ws = ReturnType<typeof makeWorkspace>;

function actor(ws: Ws, name: string, country: string, category: ActorCategory = 'partner_authority') {
  return createTestActor(ws, name, { country, category });
}
function axis(ws: Ws, title: string) {
  return createTestAxis(ws, title, 'One objective');
}

describe('dashboard aggregates', () => {
  it('counts actions by axis and status, budget by axis and source, links by country — in the thread order', () => {
    const ws = makeWorkspace('dash');
    const other = makeWorkspace('other');
    const sn = actor(ws, 'Commune de Thiès', 'SN');
    actor(ws, 'Ambassade du Maroc', 'MA', 'embassy');
    actor(ws, 'Association locale', 'FR', 'association');
    actor(other, 'Elsewhere', 'SN');
    const water = axis(ws, 'Eau');
    const youth = axis(ws, 'Jeunesse');
    const a1 = action(ws, {
      title: 'Puits',
      status: 'running',
      partnerIds: [sn],
      budgetLines: [
        { year: 2026, amount: 1000, fundingSource: 'own_funds' },
        { year: 2027, amount: 500, fundingSource: 'eu' },
      ],
    });
    const a2 = action(ws, { title: 'Forages', status: 'planned', budgetLines: [{ year: 2026, amount: 200, fundingSource: 'eu' }] });
    const a3 = action(ws, { title: 'Salon', status: 'finished', budgetLines: [{ year: 2025, amount: 300, fundingSource: 'own_funds' }] });
    action(ws, { title: 'Idée', status: 'idea' });
    action(other, { title: 'Elsewhere', status: 'running', budgetLines: [{ year: 2026, amount: 9999, fundingSource: 'eu' }] });
    place(ws, a1, water);
    place(ws, a2, water);
    place(ws, a3, 'outside', 'Promotion économique ponctuelle');

    for (const role of ['admin', 'editor', 'contributor', 'reviewer'] as const) {
      const data = getDashboard(db, ws.ctx(role), { clock: () => new Date('2026-06-01T12:00:00Z') });
      expect(data.actionsByAxis.total).toBe(4);
      expect(data.actionsByAxis.rows.map((r) => [r.key, r.total])).toEqual([
        [water, 2],
        [youth, 0],
        [OUTSIDE_AXIS, 1],
        [UNPLACED, 1],
      ]);
      expect(data.actionsByAxis.rows[0]!.byStatus).toEqual({ running: 1, planned: 1 });
      expect(data.actionsByAxis.statuses).toEqual(['idea', 'planned', 'running', 'finished']);
      // Budget: 1,500 + 200 € on the water axis, 300 € outside, nothing on youth; cents.
      expect(data.budget.rows.map((r) => [r.key, r.total])).toEqual([
        [water, 170_000],
        [youth, 0],
        [OUTSIDE_AXIS, 30_000],
      ]);
      expect(data.budget.rows[0]!.bySource).toEqual({ own_funds: 100_000, eu: 70_000 });
      expect(data.budget.totalsBySource).toEqual({ own_funds: 130_000, eu: 70_000 });
      expect(data.budget.total).toBe(200_000);
      expect(data.budget.years).toEqual([2025, 2026, 2027]);
      expect(data.budget.sources).toEqual(['own_funds', 'eu']);
      // The home country (FR) is left out of the map; the other workspace's actor is not counted.
      expect([...data.map.countries].sort((x, y) => x.country.localeCompare(y.country))).toEqual([
        { country: 'MA', total: 1, partners: 1 },
        { country: 'SN', total: 1, partners: 1 },
      ]);
      expect(data.map.totals).toEqual({ actors: 3, partners: 2, countries: 2 });
      expect(data.maturity).toBeNull();
    }
  });

  it('is refused to a partner and scoped to the caller’s workspace', () => {
    const ws = makeWorkspace('dash');
    expect(() => getDashboard(db, ws.ctx('partner'))).toThrow(Forbidden);
    const other = makeWorkspace('other');
    action(other, { title: 'Elsewhere', budgetLines: [{ year: 2026, amount: 10, fundingSource: 'eu' }] });
    const data = getDashboard(db, ws.ctx('reviewer'));
    expect(data.actionsByAxis.total).toBe(0);
    expect(data.budget.total).toBe(0);
    expect(data.map.totals.actors).toBe(0);
  });

  it('on the demo workspace, agrees with every domain’s own page', () => {
    seedDemo(db, 'not-a-real-hash');
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const elu = loadMemberContext(db.select().from(users).where(eq(users.email, 'elu@demo.filrouge.eu')).get()!.id, { id: ws.id });
    const clock = () => new Date();
    // The demo completed last year's diagnostic only: the dashboard shows it without a change.
    const alone = getDashboard(db, elu, { clock }).maturity!;
    expect(alone.previous).toBeNull();
    expect(alone.dimensions.every((d) => d.before === null)).toBe(true);
    // Once this year's is completed too, the profile's change is the comparison page's.
    db.update(diagnostics)
      .set({ status: 'completed', completedAt: new Date() })
      .where(and(eq(diagnostics.workspaceId, ws.id), eq(diagnostics.status, 'in_progress')))
      .run();
    const data = getDashboard(db, elu, { clock });
    expect(data.maturity!.previous!.id).toBe(alone.latest.id);

    // Maturity: the last completed diagnostic against the one before, as the comparison page says.
    expect(data.maturity).not.toBeNull();
    const m = data.maturity!;
    expect(m.previous).not.toBeNull();
    const compared = compareDiagnostics(db, elu, m.latest.id, m.previous!.id);
    expect(m.latest.overall).toBe(compared.overall.after);
    expect(m.previous!.overall).toBe(compared.overall.before);
    expect(m.dimensions.map((d) => [d.key, d.score, d.before])).toEqual(compared.rows.map((r) => [r.dimension, r.after, r.before]));
    expect(m.dimensions).toHaveLength(10);

    // Returns gap and coherence: the same figures as their pages.
    const gap = getReturnsGap(db, elu);
    expect(data.returns.overall).toEqual(gap.overall);
    expect(data.returns.actions).toEqual(gap.actions);
    const coherence = getCoherence(db, elu, { clock });
    expect(data.coherence.score).toBe(coherence.figure.score);
    expect(data.coherence.failing.map((f) => f.key)).toEqual(coherence.checks.filter((c) => c.status === 'failed').map((c) => c.key));
    expect(data.coherence.fixFirst).toEqual(coherence.fixFirst.map((i) => ({ key: i.key, label: i.label, href: i.href })));
    expect(data.coherence.fixFirst).toHaveLength(3);
    expect(data.coherence.trend.length).toBeGreaterThan(1);

    // Overdue indicators: those the indicators page marks late (the demo has two).
    const late = listIndicators(db, elu, { clock }).filter((i) => i.progress.overdue);
    expect(data.overdue.items.map((i) => i.id).sort()).toEqual(late.map((i) => i.id).sort());
    expect(data.overdue.items.length).toBeGreaterThanOrEqual(2);

    // Budget: the actions' lines add up to the consolidated budget minus departments' own lines.
    const consolidation = getBudgetConsolidation(db, elu);
    const departmentLines = consolidation.byCompetency.rows.find((r) => r.key === '__department_lines')?.total ?? 0;
    expect(data.budget.total).toBeCloseTo(consolidation.bySource.total - departmentLines, 6);
    expect(data.budget.rows.reduce((s, r) => s + r.total, 0)).toBe(data.budget.total);

    // Actions: every action counted once.
    expect(data.actionsByAxis.rows.reduce((s, r) => s + r.total, 0)).toBe(data.actionsByAxis.total);
    expect(data.actionsByAxis.total).toBeGreaterThanOrEqual(18);
    expect(data.map.totals.countries).toBeGreaterThanOrEqual(5);
  });

  it('serves the page the same figures until anything is written, then the new ones at once', () => {
    const ws = makeWorkspace('dash');
    const first = getDashboardForPage(ws.ctx('reviewer'));
    expect(getDashboardForPage(ws.ctx('reviewer'))).toBe(first);
    expect(first.actionsByAxis.total).toBe(0);
    action(ws, { title: 'Nouvelle action', budgetLines: [{ year: 2026, amount: 100, fundingSource: 'eu' }] });
    const after = getDashboardForPage(ws.ctx('reviewer'));
    expect(after).not.toBe(first);
    expect(after.actionsByAxis.total).toBe(1);
    expect(after.budget.total).toBe(10_000);
    expect(() => getDashboardForPage(ws.ctx('partner'))).toThrow(Forbidden);
  });
});
