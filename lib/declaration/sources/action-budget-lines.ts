import { and, eq, sql } from 'drizzle-orm';
import { externalActionBudgetLines, externalActions } from '@/db/schema';
import type { SpendingSource } from './types';

/** The actions' budget lines of the year, one item per action, with the action's category and countries. */
export const actionBudgetLinesSource: SpendingSource = {
  key: 'action',
  items: (tx, workspaceId, year) =>
    tx
      .select({
        refId: externalActions.id,
        label: externalActions.title,
        category: externalActions.aidCategory,
        countries: externalActions.countries,
        cents: sql<number>`sum(${externalActionBudgetLines.amountCents})`,
      })
      .from(externalActionBudgetLines)
      .innerJoin(externalActions, eq(externalActions.id, externalActionBudgetLines.actionId))
      .where(and(eq(externalActionBudgetLines.workspaceId, workspaceId), eq(externalActionBudgetLines.year, year)))
      .groupBy(externalActions.id)
      .orderBy(externalActions.normalizedTitle)
      .all()
      .map((row) => ({ source: 'action', ...row, cents: Number(row.cents) })),
};
