import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { departmentBudgetLines, externalActionBudgetLines, missionBudgetLines } from '@/db/schema';
import { FUNDING_SOURCES } from '@/db/schema/departments';
import type { MemberContext } from '@/lib/auth/member';
import type { Cell } from '../types';
import type { EvaluationSource } from './source';

type Line = typeof externalActionBudgetLines | typeof departmentBudgetLines | typeof missionBudgetLines;

function bySource(tx: Tx, table: Line, workspaceId: string, year: number): Map<string, number> {
  const rows = tx
    .select({ source: table.fundingSource, cents: sql<number>`sum(${table.amountCents})` })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), eq(table.year, year)))
    .groupBy(table.fundingSource)
    .all();
  return new Map(rows.map((r) => [r.source, Number(r.cents)]));
}

/**
 * The year's international budget per funding source, as the consolidated budget page counts it:
 * what the actions planned, the departments' own international lines, and the costs recorded on
 * missions (the spending the app knows of: main records planned lines, not payments). Only the
 * sources with an amount appear, then the total.
 */
export const budgetSource: EvaluationSource = {
  key: 'budget',
  assemble(tx: Tx, ctx: MemberContext, year: number) {
    const actions = bySource(tx, externalActionBudgetLines, ctx.workspaceId, year);
    const departments = bySource(tx, departmentBudgetLines, ctx.workspaceId, year);
    const missions = bySource(tx, missionBudgetLines, ctx.workspaceId, year);
    const rows: Cell[][] = [];
    const sum = { actions: 0, departments: 0, missions: 0 };
    for (const source of FUNDING_SOURCES) {
      const a = actions.get(source) ?? 0;
      const d = departments.get(source) ?? 0;
      const m = missions.get(source) ?? 0;
      if (a + d + m === 0) continue;
      sum.actions += a;
      sum.departments += d;
      sum.missions += m;
      rows.push([{ label: `externalActions.fundingSources.${source}` }, { money: a }, { money: d }, { money: m }, { money: a + d + m }]);
    }
    rows.push([
      { label: 'evaluation.labels.total' },
      { money: sum.actions },
      { money: sum.departments },
      { money: sum.missions },
      { money: sum.actions + sum.departments + sum.missions },
    ]);
    return {
      key: 'budget',
      note: 'budgetNote',
      tables: [{ id: 'budget', caption: 'budget', columns: ['fundingSource', 'plannedActions', 'plannedDepartments', 'missionCosts', 'total'], rows }],
    };
  },
};
