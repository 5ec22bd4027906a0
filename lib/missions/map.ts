import 'server-only';
import { and, asc, count, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { missions } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import { todayIso } from './dates';
import { visibleMissions } from './queries';

/**
 * The missions and delegations the caller may see, counted by country (the country visited, or
 * the one a delegation came from), for the world map's missions layer and its table. A partner
 * counts only their partnership's (visibleMissions).
 */
export function countMissionsByCountry(tx: Tx, ctx: MemberContext, today = todayIso()) {
  return tx
    .select({
      country: missions.country,
      total: count(),
      abroad: sql<number>`sum(case when ${missions.direction} = 'abroad' then 1 else 0 end)`,
      received: sql<number>`sum(case when ${missions.direction} = 'received' then 1 else 0 end)`,
      upcoming: sql<number>`sum(case when ${missions.startDate} > ${today} then 1 else 0 end)`,
      latest: sql<string>`max(${missions.startDate})`,
    })
    .from(missions)
    .where(and(...visibleMissions(ctx)))
    .groupBy(missions.country)
    .orderBy(sql`count(*) desc`, asc(missions.country))
    .all()
    .map((r) => ({ ...r, abroad: Number(r.abroad), received: Number(r.received), upcoming: Number(r.upcoming) }));
}

export type MissionCountryCount = ReturnType<typeof countMissionsByCountry>[number];
