import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { missionBudgetLines } from '@/db/schema';

/**
 * Missions' costs as cells of the consolidated international budget (lib/external-actions
 * getBudgetConsolidation), in the shape of the departments' own lines: year, department, source,
 * cents. A cost with no department is the IR body's: it counts under "no department".
 * Outside lib/missions on purpose: lib/missions imports lib/external-actions (its fields, its
 * returns), so the budget query calling into lib/missions would make the two domains a cycle
 * (lib/layers.test.ts). This module imports only db/.
 */
export function missionBudgetCells(tx: Tx, workspaceId: string) {
  return tx
    .select({
      year: missionBudgetLines.year,
      departmentId: sql<string>`coalesce(${missionBudgetLines.departmentId}, '__none')`,
      source: missionBudgetLines.fundingSource,
      cents: sql<number>`sum(${missionBudgetLines.amountCents})`,
    })
    .from(missionBudgetLines)
    .where(eq(missionBudgetLines.workspaceId, workspaceId))
    .groupBy(missionBudgetLines.year, missionBudgetLines.departmentId, missionBudgetLines.fundingSource)
    .all();
}
