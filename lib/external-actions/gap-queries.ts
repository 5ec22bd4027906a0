import 'server-only';
import { count, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { expectedReturns, observedReturns } from '@/db/schema';

// The two grouped counts the returns gap (./gap.ts computeReturnsGap) is computed from: the returns
// page (./view-queries.ts) and the yearly evaluation (lib/evaluation/sources/returns.ts) read them
// over different periods.

/** A workspace's expected returns per category: how many, and how many `met` counts as answered. */
export function expectedReturnsByCategory(tx: Tx, workspaceId: string, met: SQL<number>) {
  return tx
    .select({ category: expectedReturns.category, total: count(), met })
    .from(expectedReturns)
    .where(eq(expectedReturns.workspaceId, workspaceId))
    .groupBy(expectedReturns.category)
    .all();
}

/** Observed returns per category (those `where` keeps): how many, and how many answered no expected return. */
export function observedReturnsByCategory(tx: Tx, where: SQL | undefined) {
  return tx
    .select({
      category: observedReturns.category,
      total: count(),
      unexpected: sql<number>`sum(case when ${observedReturns.expectedReturnId} is null then 1 else 0 end)`,
    })
    .from(observedReturns)
    .where(where)
    .groupBy(observedReturns.category)
    .all();
}
