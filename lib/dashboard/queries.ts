import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { whileUnchanged } from '@/db/state';
import { actors, diagnostics, externalActionBudgetLines, externalActions, strategyActionPlacements } from '@/db/schema';
import { ACTION_STATUSES, type ActionStatus } from '@/db/schema/external-actions';
import { FUNDING_SOURCES } from '@/db/schema/departments';
import type { MemberContext } from '@/lib/auth/session';
import { authorize } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { countActorsByCountry } from '@/lib/actors/queries';
import { getDiagnosticView } from '@/lib/diagnostic/queries';
import { getReturnsGap } from '@/lib/external-actions/queries';
import { listAxes, listCoherenceTrend, loadCoherenceFacts } from '@/lib/strategy/queries';
import { coherenceFigure, fixFirst, runChecks } from '@/lib/strategy/coherence';
import { isoDay, systemClock, type Clock } from '@/lib/strategy/progress';
import { getWorkspace } from '@/lib/workspaces/queries';
import { indicatorStatusByAxis } from '@/lib/strategy/status-by-axis';
import { OUTSIDE_AXIS, UNPLACED, type ActionsByAxisBlock, type BudgetBlock, type DashboardAggregates, type MapBlock, type MaturityBlock } from './types';

/** The last completed diagnostic and the one before it, scored; null before any is completed. */
function maturity(tx: Tx, ctx: MemberContext): MaturityBlock | null {
  const [latest, previous] = tx
    .select({ id: diagnostics.id })
    .from(diagnostics)
    .where(and(eq(diagnostics.workspaceId, ctx.workspaceId), eq(diagnostics.status, 'completed')))
    .orderBy(desc(diagnostics.heldOn), desc(diagnostics.createdAt))
    .limit(2)
    .all();
  if (!latest) return null;
  const now = getDiagnosticView(tx, ctx, latest.id);
  const before = previous ? getDiagnosticView(tx, ctx, previous.id) : null;
  const summary = (v: typeof now) => ({ id: v.diagnostic.id, title: v.diagnostic.title, heldOn: v.diagnostic.heldOn, overall: v.score.overall });
  return {
    latest: summary(now),
    previous: before ? summary(before) : null,
    dimensions: now.questionnaire.dimensions.map((d) => ({
      key: d.key,
      title: { fr: d.title.fr, en: d.title.en },
      score: now.score.dimensions.find((s) => s.dimension === d.key)?.score ?? null,
      before: before?.score.dimensions.find((s) => s.dimension === d.key)?.score ?? null,
    })),
  };
}

/** Foreign links by country (one grouped statement) and the workspace's totals (one more). */
function map(tx: Tx, ctx: MemberContext): MapBlock {
  const home = getWorkspace(tx, ctx).country;
  const countries = countActorsByCountry(tx, ctx, home).map((c) => ({ country: c.country, total: c.total, partners: Number(c.partners ?? 0) }));
  const totals = tx
    .select({ actors: count(), partners: sql<number>`coalesce(sum(case when ${actors.family} = 'external' then 1 else 0 end), 0)` })
    .from(actors)
    .where(eq(actors.workspaceId, ctx.workspaceId))
    .get();
  return { countries, totals: { actors: totals?.actors ?? 0, partners: totals?.partners ?? 0, countries: countries.length } };
}

/** The key of a placement: its axis, "outside" with a reason, or "not placed". */
const PLACEMENT_KEY = sql<string>`case when ${strategyActionPlacements.axisId} is not null then ${strategyActionPlacements.axisId} when ${strategyActionPlacements.outsideReason} is not null then ${OUTSIDE_AXIS} else ${UNPLACED} end`;

type AxisRow = { id: string; title: string };

/** Rows in the thread's order, then outside, then not placed; empty extra rows are left out. */
function orderedRows<R extends { key: string; total: number }>(axes: AxisRow[], make: (key: string, title: string | null) => R, byKey: Map<string, R>): R[] {
  const rows = axes.map((a) => byKey.get(a.id) ?? make(a.id, a.title));
  for (const key of [OUTSIDE_AXIS, UNPLACED]) {
    const row = byKey.get(key);
    if (row && row.total > 0) rows.push(row);
  }
  return rows;
}

/**
 * One row per axis from grouped `cells` (their `key`: an axis, outside, or not placed), in the
 * thread's order: `make` starts a row, `add` counts a cell into it.
 */
function rowsByAxis<C extends { key: string }, R extends { key: string; total: number }>(
  axes: AxisRow[],
  cells: C[],
  make: (key: string, title: string | null) => R,
  add: (row: R, cell: C) => void,
): R[] {
  const titles = new Map(axes.map((a) => [a.id, a.title]));
  const byKey = new Map<string, R>();
  for (const c of cells) {
    // An axis deleted between two statements would show as its own row: it counts as not placed.
    const key = titles.has(c.key) || c.key === OUTSIDE_AXIS ? c.key : UNPLACED;
    const row = byKey.get(key) ?? make(key, titles.get(key) ?? null);
    add(row, c);
    byKey.set(key, row);
  }
  return orderedRows(axes, make, byKey);
}

/** Actions by axis and status: one grouped statement. */
function actionsByAxis(tx: Tx, ctx: MemberContext, axes: AxisRow[]): ActionsByAxisBlock {
  const cells = tx
    .select({ key: PLACEMENT_KEY, status: externalActions.status, n: count() })
    .from(externalActions)
    .leftJoin(strategyActionPlacements, eq(strategyActionPlacements.actionId, externalActions.id))
    .where(eq(externalActions.workspaceId, ctx.workspaceId))
    .groupBy(PLACEMENT_KEY, externalActions.status)
    .all();
  const make = (key: string, title: string | null) => ({ key, title, byStatus: {} as Partial<Record<ActionStatus, number>>, total: 0 });
  const rows = rowsByAxis(axes, cells, make, (row, c) => {
    row.byStatus[c.status] = (row.byStatus[c.status] ?? 0) + c.n;
    row.total += c.n;
  });
  const present = ACTION_STATUSES.filter((s) => rows.some((r) => (r.byStatus[s] ?? 0) > 0));
  return { statuses: present, rows, total: rows.reduce((s, r) => s + r.total, 0) };
}

/** The actions' budget lines by axis and funding source: one grouped statement. */
function budget(tx: Tx, ctx: MemberContext, axes: AxisRow[]): BudgetBlock {
  const cells = tx
    .select({
      key: PLACEMENT_KEY,
      source: externalActionBudgetLines.fundingSource,
      cents: sql<number>`sum(${externalActionBudgetLines.amountCents})`,
      firstYear: sql<number>`min(${externalActionBudgetLines.year})`,
      lastYear: sql<number>`max(${externalActionBudgetLines.year})`,
    })
    .from(externalActionBudgetLines)
    .leftJoin(strategyActionPlacements, eq(strategyActionPlacements.actionId, externalActionBudgetLines.actionId))
    .where(eq(externalActionBudgetLines.workspaceId, ctx.workspaceId))
    .groupBy(PLACEMENT_KEY, externalActionBudgetLines.fundingSource)
    .all();
  const make = (key: string, title: string | null) => ({ key, title, bySource: {} as Record<string, number>, total: 0 });
  const totalsBySource: Record<string, number> = {};
  let first = Infinity;
  let last = -Infinity;
  const rows = rowsByAxis(axes, cells, make, (row, c) => {
    const cents = Number(c.cents ?? 0);
    row.bySource[c.source] = (row.bySource[c.source] ?? 0) + cents;
    row.total += cents;
    totalsBySource[c.source] = (totalsBySource[c.source] ?? 0) + cents;
    first = Math.min(first, c.firstYear);
    last = Math.max(last, c.lastYear);
  });
  const sources = FUNDING_SOURCES.filter((s) => (totalsBySource[s] ?? 0) !== 0);
  const years = Number.isFinite(first) ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  return { sources, years, rows, totalsBySource, total: rows.reduce((s, r) => s + r.total, 0) };
}

/**
 * Every figure of the elected officials' dashboard, aggregated in SQL by a fixed number of
 * statements whatever the workspace's size (the coherence facts and the two diagnostics are the
 * largest reads). Reuses each domain's own queries, so a figure here is the figure of its page.
 */
export function getDashboard(tx: Tx, ctx: MemberContext, options: { clock?: Clock; locale?: Locale } = {}): DashboardAggregates {
  authorize(ctx, 'dashboard.read');
  const clock = options.clock ?? systemClock;
  const axes = listAxes(tx, ctx).map((a) => ({ id: a.id, title: a.title }));
  const facts = loadCoherenceFacts(tx, ctx, { clock, locale: options.locale });
  const checks = runChecks(facts);
  const figure = coherenceFigure(checks);
  const gap = getReturnsGap(tx, ctx);
  const overdue = facts.indicators.filter((i) => i.overdue);
  return {
    computedOn: isoDay(clock()),
    maturity: maturity(tx, ctx),
    map: map(tx, ctx),
    actionsByAxis: actionsByAxis(tx, ctx, axes),
    budget: budget(tx, ctx, axes),
    returns: { overall: gap.overall, territory: gap.byScope.territory, administration: gap.byScope.administration, actions: gap.actions },
    coherence: {
      score: figure.score,
      passed: figure.passed,
      total: figure.total,
      notApplicable: figure.notApplicable,
      points: figure.points,
      trend: figure.score === null ? [] : listCoherenceTrend(tx, ctx, 30),
      failing: checks.filter((c) => c.status === 'failed').map((c) => ({ key: c.key, count: c.count })),
      fixFirst: fixFirst(checks).map((i) => ({ key: i.key, label: i.label, href: i.href })),
    },
    overdue: {
      total: facts.indicators.length,
      items: overdue.map((i) => ({ id: i.id, name: i.name, dueOn: i.dueOn })).sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
      statusByAxis: indicatorStatusByAxis(tx, ctx, axes),
    },
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * The dashboard's figures for a page: computed by `getDashboard`, then served again to every
 * reader of the workspace with the same role until anything is written to the database or the day
 * changes (late indicators depend on it) — db/state.ts `whileUnchanged`. Many elected officials
 * opening the page at once cost one computation; the first read after any change sees it.
 */
export function getDashboardForPage(ctx: MemberContext, options: { locale?: Locale } = {}): DashboardAggregates {
  authorize(ctx, 'dashboard.read');
  return whileUnchanged(db, `dashboard:${ctx.workspaceId}:${ctx.role}:${isoDay(new Date())}`, () => getDashboard(db, ctx, { locale: options.locale }));
}
