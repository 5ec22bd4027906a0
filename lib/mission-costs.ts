import 'server-only';
import type { Tx } from '@/db/client';
import { missionBudgetLines } from '@/db/schema';
import { budgetCells } from '@/lib/budget-cells';

/**
 * Missions' costs as cells of the consolidated international budget (lib/external-actions
 * getBudgetConsolidation), in the shape of the departments' own lines: year, department, source,
 * cents. A cost with no department is the IR body's: it counts under "no department".
 * Outside lib/missions on purpose: lib/missions imports lib/external-actions (its fields, its
 * returns), so the budget query calling into lib/missions would make the two domains a cycle
 * (lib/layers.test.ts). This module imports only db/ and lib/budget-cells.ts.
 */
export function missionBudgetCells(tx: Tx, workspaceId: string) {
  return budgetCells(tx, missionBudgetLines, workspaceId).map((c) => ({ ...c, departmentId: c.departmentId ?? '__none' }));
}
