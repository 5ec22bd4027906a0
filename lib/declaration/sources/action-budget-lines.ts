import { and, eq, ne, sql } from 'drizzle-orm';
import { externalActionBudgetLines, externalActions } from '@/db/schema';
import type { SpendingSource } from './types';
import { actionItemColumns } from './action-item';

/**
 * The actions' budget lines of the year, one item per action (two when part of it is paid by a
 * "1 %" solidarity scheme: that part is always declared under the schemes' category). The
 * partner's own contribution is not the authority's spending and is left out of the declaration.
 */
export const actionBudgetLinesSource: SpendingSource = {
  key: 'action',
  items: (tx, workspaceId, year) => {
    const scheme = sql<number>`case when ${externalActionBudgetLines.fundingSource} like 'solidarity_%' then 1 else 0 end`;
    return tx
      .select({
        ...actionItemColumns,
        scheme,
        cents: sql<number>`sum(${externalActionBudgetLines.amountCents})`,
      })
      .from(externalActionBudgetLines)
      .innerJoin(externalActions, eq(externalActions.id, externalActionBudgetLines.actionId))
      .where(
        and(
          eq(externalActionBudgetLines.workspaceId, workspaceId),
          eq(externalActionBudgetLines.year, year),
          ne(externalActionBudgetLines.fundingSource, 'partner_contribution'),
        ),
      )
      .groupBy(externalActions.id, scheme)
      .orderBy(externalActions.normalizedTitle, scheme)
      .all()
      .map(({ scheme: isScheme, ...row }) => ({
        source: 'action',
        ...row,
        category: Number(isScheme) === 1 ? ('solidarity_schemes' as const) : row.category,
        cents: Number(row.cents),
      }));
  },
};
