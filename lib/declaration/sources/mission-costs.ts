import { and, eq, sql } from 'drizzle-orm';
import { missionBudgetLines, missions } from '@/db/schema';
import type { SpendingSource } from './types';

/**
 * Missions' costs of the year (the lines lib/mission-costs.ts feeds to the consolidated budget),
 * one item per mission. A mission is follow-up of the cooperation: it is declared under "staff and
 * follow-up costs", in the country it goes to (or comes from).
 */
export const missionCostsSource: SpendingSource = {
  key: 'mission',
  items: (tx, workspaceId, year) =>
    tx
      .select({
        refId: missions.id,
        label: missions.title,
        country: missions.country,
        cents: sql<number>`sum(${missionBudgetLines.amountCents})`,
      })
      .from(missionBudgetLines)
      .innerJoin(missions, eq(missions.id, missionBudgetLines.missionId))
      .where(and(eq(missionBudgetLines.workspaceId, workspaceId), eq(missionBudgetLines.year, year)))
      .groupBy(missions.id)
      .orderBy(missions.normalizedTitle)
      .all()
      .map((row) => ({
        source: 'mission',
        refId: row.refId,
        label: row.label,
        category: 'staff_follow_up' as const,
        countries: [row.country],
        cents: Number(row.cents),
      })),
};
