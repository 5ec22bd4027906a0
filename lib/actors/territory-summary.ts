import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { can } from '@/lib/auth/policy';
import { listAllActors, summarizeActors } from './queries';

/** How many rows each count table and the potential list show. */
export const TERRITORY_TOP = 8;

export type TerritorySummaryData = {
  summary: ReturnType<typeof summarizeActors>;
  /** Territorial actors that report international links (census answers or records), the first few. */
  potential: { id: string; name: string; country: string | null; links: string | null }[];
};

/**
 * "Territory and the world" beside the diagnostic: what the actors map says about the territory's
 * links. Null for a member who may not read the actors.
 */
export function territorySummary(tx: Tx, ctx: MemberContext): TerritorySummaryData | null {
  if (!can(ctx.role, 'actors.read')) return null;
  const potential = listAllActors(tx, ctx, { family: 'territorial' }, 500)
    .filter((a) => a.links && a.links.trim().length > 0)
    .slice(0, TERRITORY_TOP)
    .map((a) => ({ id: a.id, name: a.name, country: a.country, links: a.links }));
  return { summary: summarizeActors(tx, ctx), potential };
}
