import { actionBudgetLinesSource } from './action-budget-lines';
import { coFinancingSource } from './co-financing';
import { missionCostsSource } from './mission-costs';
import type { SpendingSource } from './types';

export type { SpendingItem, SpendingSource } from './types';

/** Every source of the declaration's spending (the co-financing plans': issue 20, point 1). */
export const DECLARATION_SOURCES: readonly SpendingSource[] = [actionBudgetLinesSource, missionCostsSource, coFinancingSource];
