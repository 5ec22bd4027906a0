import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { expectedReturns } from '@/db/schema';

// Recording an observed return, from an action's page (./write-queries.ts) or a mission's debrief
// (lib/missions/debrief.ts): the expected return it answers, and what the audit log keeps.

/** The category of expected return `expectedReturnId` if it is one of action `actionId`'s in the workspace; otherwise undefined. */
export function expectedReturnCategory(tx: Tx, workspaceId: string, expectedReturnId: string, actionId: string) {
  return tx
    .select({ category: expectedReturns.category })
    .from(expectedReturns)
    .where(and(eq(expectedReturns.id, expectedReturnId), eq(expectedReturns.actionId, actionId), eq(expectedReturns.workspaceId, workspaceId)))
    .get()?.category;
}

/** What the audit log keeps of a new observed return. */
export function observedReturnChanges(actionId: string, input: { category: string; expectedReturnId: string | null; observedOn: string }) {
  return { actionId, category: input.category, expectedReturnId: input.expectedReturnId, observedOn: input.observedOn };
}
