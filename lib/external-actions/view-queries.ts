import 'server-only';
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { whileUnchanged } from '@/db/state';
import {
  actors,
  departmentBudgetLines,
  departments,
  expectedReturns,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActionDepartments,
  externalActions,
  observedReturns,
  users,
} from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { Forbidden } from '@/lib/errors';
import { listCompetencies } from '@/lib/competencies/queries';
import { competencyRef } from '@/lib/competencies/schemas';
import { listDepartmentOptions } from '@/lib/departments/queries';
import { computeReturnsGap } from './gap';
import { expectedReturnsByCategory, observedReturnsByCategory } from './gap-queries';
import { pivotBudget, yearsOf, type BudgetCell } from './budget';
import type { MatrixDimension } from './schemas';
import { ACTION_ID, DEPARTMENT_ID, EXPECTED_ID } from './access-queries';
import { budgetTotal, leadDepartments } from './list-queries';
import { missionBudgetCells } from '@/lib/mission-costs';
import { budgetCells } from '@/lib/budget-cells';
import { pickColumns } from '@/lib/pick-columns';

// Views across all actions. Pages are guarded by 'externalActions.read', which partners lack;
// the queries refuse them too, since a partner may only ever see the actions shared with them.

function refusePartner(ctx: MemberContext) {
  if (ctx.role === 'partner') throw new Forbidden();
}

/** The expected-versus-observed gap per category, from two grouped queries, plus how many actions wrote anything down. */
export function getReturnsGap(tx: Tx, ctx: MemberContext) {
  refusePartner(ctx);
  // Three scans of a workspace's returns (~3 ms for 800 actions): kept until the database changes.
  return whileUnchanged(tx, `returns:gap:${ctx.workspaceId}`, () => returnsGap(tx, ctx.workspaceId));
}

function returnsGap(tx: Tx, workspaceId: string) {
  const expected = expectedReturnsByCategory(
    tx,
    workspaceId,
    sql<number>`sum(case when exists (select 1 from ${observedReturns} where ${observedReturns.expectedReturnId} = ${EXPECTED_ID}) then 1 else 0 end)`,
  );
  const observed = observedReturnsByCategory(tx, eq(observedReturns.workspaceId, workspaceId));
  const actionsRow = tx
    .select({
      total: count(),
      withExpected: sql<number>`coalesce(sum(case when exists (select 1 from ${expectedReturns} where ${expectedReturns.actionId} = ${ACTION_ID}) then 1 else 0 end), 0)`,
      withObserved: sql<number>`coalesce(sum(case when exists (select 1 from ${observedReturns} where ${observedReturns.actionId} = ${ACTION_ID}) then 1 else 0 end), 0)`,
    })
    .from(externalActions)
    .where(eq(externalActions.workspaceId, workspaceId))
    .get();
  return {
    ...computeReturnsGap({ expected, observed }),
    actions: { total: actionsRow?.total ?? 0, withExpected: actionsRow?.withExpected ?? 0, withObserved: actionsRow?.withObserved ?? 0 },
  };
}

/** Keys of the budget rows that are not a department, a source or a competency. */
export const BUDGET_NONE = '__none';
export const BUDGET_DEPARTMENT_LINES = '__department_lines';

/**
 * The consolidated international budget: every action's budget lines plus departments' own
 * international lines, by department, funding source, competency and year. An action's amount is
 * shared evenly between the competencies it is linked to, so that every table adds up to the same
 * total. Aggregated in SQL (four grouped queries).
 */
export function getBudgetConsolidation(tx: Tx, ctx: MemberContext) {
  refusePartner(ctx);
  const ws = ctx.workspaceId;
  const actionCells = budgetCells(tx, externalActionBudgetLines, ws);
  const departmentCells = budgetCells(tx, departmentBudgetLines, ws);
  const competencyCells = tx.all<{ year: number; catalogueKey: string | null; customId: string | null; cents: number }>(sql`
    with shares as (
      select ${externalActionCompetencies.actionId} as action_id, count(*) as n
      from ${externalActionCompetencies} where ${externalActionCompetencies.workspaceId} = ${ws}
      group by ${externalActionCompetencies.actionId}
    )
    select l.year as year, c.catalogue_key as catalogueKey, c.custom_competency_id as customId,
           sum(l.amount_cents * 1.0 / s.n) as cents
    from ${externalActionBudgetLines} l
    join ${externalActionCompetencies} c on c.action_id = l.action_id
    join shares s on s.action_id = l.action_id
    where l.workspace_id = ${ws}
    group by l.year, c.catalogue_key, c.custom_competency_id
    union all
    select l.year, null, null, sum(l.amount_cents)
    from ${externalActionBudgetLines} l
    where l.workspace_id = ${ws}
      and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = l.action_id)
    group by l.year
  `);
  // Missions' costs are carried by departments' budgets, outside any action: counted like department lines (issue 19).
  departmentCells.push(...missionBudgetCells(tx, ws));
  const all = [...actionCells, ...departmentCells];
  const years = yearsOf(all);
  const byDepartment: BudgetCell[] = all.map((c) => ({ key: c.departmentId ?? BUDGET_NONE, year: c.year, cents: c.cents }));
  const bySource: BudgetCell[] = all.map((c) => ({ key: c.source, year: c.year, cents: c.cents }));
  const byCompetency: BudgetCell[] = [
    ...competencyCells.map((c) => ({ key: c.catalogueKey || c.customId ? competencyRef(c) : BUDGET_NONE, year: c.year, cents: c.cents })),
    ...departmentCells.map((c) => ({ key: BUDGET_DEPARTMENT_LINES, year: c.year, cents: c.cents })),
  ];
  return {
    years,
    byDepartment: pivotBudget(byDepartment, years),
    bySource: pivotBudget(bySource, years),
    byCompetency: pivotBudget(byCompetency, years),
    /** By year and source, for the chart. */
    yearSource: bySource,
  };
}

/**
 * The actions × competencies matrix: for each competency (and "no competency"), how many actions
 * fall in each column of the chosen dimension, plus row and column totals. Grouped in SQL.
 */
export function getCompetencyMatrix(tx: Tx, ctx: MemberContext, dimension: MatrixDimension, locale: Locale) {
  refusePartner(ctx);
  // The same figures for every reader until the database changes (db/state.ts): ~17 ms for 800 actions.
  return whileUnchanged(tx, `actions:matrix:${ctx.workspaceId}:${dimension}:${locale}`, () => computeCompetencyMatrix(tx, ctx, dimension, locale));
}

function computeCompetencyMatrix(tx: Tx, ctx: MemberContext, dimension: MatrixDimension, locale: Locale) {
  const ws = ctx.workspaceId;
  const column = {
    type: { join: sql``, key: sql`a.type` },
    status: { join: sql``, key: sql`a.status` },
    rationale: { join: sql`join json_each(a.rationales) r`, key: sql`r.value` },
    department: { join: sql`join ${externalActionDepartments} d on d.action_id = a.id`, key: sql`d.department_id` },
  }[dimension];
  const linked = tx.all<{ catalogueKey: string | null; customId: string | null; col: string; n: number }>(sql`
    select c.catalogue_key as catalogueKey, c.custom_competency_id as customId, ${column.key} as col, count(distinct a.id) as n
    from ${externalActionCompetencies} c
    join ${externalActions} a on a.id = c.action_id
    ${column.join}
    where c.workspace_id = ${ws}
    group by c.catalogue_key, c.custom_competency_id, ${column.key}
  `);
  /** Actions per column of the dimension (those `extra` keeps). */
  const perColumn = (extra: SQL = sql``) =>
    tx.all<{ col: string; n: number }>(sql`
      select ${column.key} as col, count(distinct a.id) as n
      from ${externalActions} a
      ${column.join}
      where a.workspace_id = ${ws} ${extra}
      group by ${column.key}
    `);
  const unlinked = perColumn(sql`and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = a.id)`);
  const columnTotals = perColumn();
  const competencies = listCompetencies(tx, ctx, locale).filter((c) => !c.hidden || c.actionCount > 0);
  const cells = new Map<string, Map<string, number>>();
  for (const row of linked) {
    const ref = competencyRef(row);
    if (!cells.has(ref)) cells.set(ref, new Map());
    cells.get(ref)!.set(row.col, row.n);
  }
  const departmentOptions = dimension === 'department' ? listDepartmentOptions(tx, ctx) : [];
  const totalActions = tx.select({ n: count() }).from(externalActions).where(eq(externalActions.workspaceId, ws)).get()?.n ?? 0;
  return {
    dimension,
    departments: departmentOptions,
    rows: competencies.map((c) => ({ competency: c, cells: Object.fromEntries(cells.get(c.ref) ?? []), total: c.actionCount })),
    unlinked: {
      cells: Object.fromEntries(unlinked.map((r) => [r.col, r.n])),
      total:
        tx.all<{ n: number }>(sql`
          select count(*) as n from ${externalActions} a
          where a.workspace_id = ${ws} and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = a.id)
        `)[0]?.n ?? 0,
    },
    columnTotals: Object.fromEntries(columnTotals.map((r) => [r.col, r.n])),
    totalActions,
    max: Math.max(0, ...linked.map((r) => r.n), ...unlinked.map((r) => r.n)),
  };
}

/**
 * Where the international work is not yet tied to the authority: departments never mobilised,
 * departments only ever asked for one-off expertise or kept informed, actions linked to no
 * competency, and competencies no action serves.
 */
export function getBlindSpots(tx: Tx, ctx: MemberContext, locale: Locale) {
  refusePartner(ctx);
  const ws = ctx.workspaceId;
  const departmentRows = tx
    .select({
      id: departments.id,
      name: departments.name,
      pointPersonUserId: departments.pointPersonUserId,
      pointPersonName: sql<string | null>`coalesce(${users.name}, ${actors.name})`,
      total: sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${DEPARTMENT_ID})`,
      deep: sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${DEPARTMENT_ID} and ${externalActionDepartments.mode} in ('lead', 'co_construction'))`,
    })
    .from(departments)
    .leftJoin(users, eq(users.id, departments.pointPersonUserId))
    .leftJoin(actors, eq(actors.id, departments.pointPersonActorId))
    .where(eq(departments.workspaceId, ws))
    .orderBy(asc(departments.name))
    .all();
  const actionsWithoutCompetency = tx
    .select({
      ...pickColumns(externalActions, ['id', 'title', 'type', 'status']),
      leadDepartments,
      budgetCents: budgetTotal,
    })
    .from(externalActions)
    .where(
      and(
        eq(externalActions.workspaceId, ws),
        sql`not exists (select 1 from ${externalActionCompetencies} where ${externalActionCompetencies.actionId} = ${ACTION_ID})`,
      ),
    )
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
  const competencies = listCompetencies(tx, ctx, locale);
  return {
    departmentsNeverMobilised: departmentRows.filter((d) => d.total === 0),
    departmentsOnlyAdHoc: departmentRows.filter((d) => d.total > 0 && d.deep === 0),
    actionsWithoutCompetency,
    competenciesWithoutAction: competencies.filter((c) => !c.hidden && c.actionCount === 0),
    totals: {
      departments: departmentRows.length,
      actions: tx.select({ n: count() }).from(externalActions).where(eq(externalActions.workspaceId, ws)).get()?.n ?? 0,
      competencies: competencies.filter((c) => !c.hidden).length,
    },
  };
}
