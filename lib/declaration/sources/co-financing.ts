import { and, eq, sql } from 'drizzle-orm';
import { coFinancingLines, externalActionBudgetLines, externalActions } from '@/db/schema';
import type { SpendingSource } from './types';
import { actionItemColumns } from './action-item';

/**
 * The co-financing plans' part of the year that the budget lines do not already count
 * (docs/decisions/0027): the authority's staff time in kind on its own-funds lines, always, and
 * its own cash only for an action with no declared budget line that year (otherwise the budget
 * lines already hold that money). Lines of co-funders (ministry, EU, 1 % schemes, partner…) are
 * not the authority's own aid and are left out. One item per action, in the action's category.
 */
export const coFinancingSource: SpendingSource = {
  key: 'co_financing',
  items: (tx, workspaceId, year) => {
    const budgeted = sql`exists (select 1 from ${externalActionBudgetLines} b where b.action_id = ${coFinancingLines.actionId} and b.year = ${coFinancingLines.year} and b.funding_source <> 'partner_contribution')`;
    const cents = sql<number>`sum(${coFinancingLines.staffDays} * ${coFinancingLines.staffDailyCostCents} + case when ${budgeted} then 0 else coalesce(${coFinancingLines.grantedCents}, ${coFinancingLines.askedCents}) end)`;
    return tx
      .select({
        ...actionItemColumns,
        cents,
      })
      .from(coFinancingLines)
      .innerJoin(externalActions, eq(externalActions.id, coFinancingLines.actionId))
      .where(and(eq(coFinancingLines.workspaceId, workspaceId), eq(coFinancingLines.year, year), eq(coFinancingLines.funderKind, 'own')))
      .groupBy(externalActions.id)
      .having(sql`${cents} > 0`)
      .orderBy(externalActions.normalizedTitle)
      .all()
      .map((row) => ({ source: 'co_financing', ...row, cents: Number(row.cents) }));
  },
};
