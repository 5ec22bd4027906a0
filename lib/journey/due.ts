import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { listDueForMember } from '@/lib/calendar/events';
import { isoDay, systemClock, type Clock } from '@/lib/strategy/progress';

/**
 * What is due for the reader in this workspace (issue 19, point 5): their own dated things not
 * done, late ones and those of the next 14 days, from every calendar source (lib/calendar/sources).
 * The weekly digest says the same across their workspaces (lib/calendar/digest.ts).
 */
export function getDueList(tx: Tx, ctx: MemberContext, clock: Clock = systemClock) {
  return listDueForMember(tx, ctx, isoDay(clock()));
}

export type DueList = ReturnType<typeof getDueList>;
