import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { departmentBudgetLines, externalActionBudgetLines, missionBudgetLines } from '@/db/schema';

/** The tables of budget lines: an action's, a department's own international lines, a mission's costs. */
export type BudgetLineTable = typeof externalActionBudgetLines | typeof departmentBudgetLines | typeof missionBudgetLines;

/**
 * A workspace's budget lines in one table, summed by year, department and funding source: the cells
 * the consolidated international budget (lib/external-actions getBudgetConsolidation) adds up.
 * Imports only db/, so that any domain may call it.
 */
export function budgetCells(tx: Tx, table: BudgetLineTable, workspaceId: string) {
  return tx
    .select({ year: table.year, departmentId: table.departmentId, source: table.fundingSource, cents: sql<number>`sum(${table.amountCents})` })
    .from(table)
    .where(eq(table.workspaceId, workspaceId))
    .groupBy(table.year, table.departmentId, table.fundingSource)
    .all();
}
