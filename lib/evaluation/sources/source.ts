import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import type { DataChapter } from '../types';

// No `server-only`: the assembly runs in actions, pages, route handlers and tests alike.

/**
 * One data chapter of the yearly evaluation: a key (its title is `evaluation.chapters.<key>`) and
 * a pure assembly from the workspace's data for one year. A new source (indicator status from
 * issue 21.1, partners' returns from 21.3) is one file beside this one, listed in ./index.ts.
 */
export type EvaluationSource = { key: string; assemble: (tx: Tx, ctx: MemberContext, year: number) => DataChapter };

/** The first and last day of a year, YYYY-MM-DD. */
export function yearBounds(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The first and last instant of a year (UTC), for timestamp columns. */
export function yearInstants(year: number) {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}
