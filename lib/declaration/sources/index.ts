import { actionBudgetLinesSource } from './action-budget-lines';
import { missionCostsSource } from './mission-costs';
import type { SpendingSource } from './types';

export type { SpendingItem, SpendingSource } from './types';

/** Every source of the declaration's spending. Add the co-financing plans' source here (issue 20, point 1). */
export const DECLARATION_SOURCES: readonly SpendingSource[] = [actionBudgetLinesSource, missionCostsSource];
