import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { expectedReturns } from '@/db/schema';
import type { MutationOutcome } from '@/lib/auth/action';

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

/** The outcome of recording observed return `id`: its id, and what the audit log keeps of it (plus `extra`). */
export function observedReturnRecorded(
  id: string,
  actionId: string,
  input: { category: string; expectedReturnId: string | null; observedOn: string },
  extra: Record<string, unknown> = {},
): MutationOutcome<{ id: string }> {
  return {
    data: { id },
    audit: {
      action: 'observedReturn.create',
      entityType: 'observedReturn',
      entityId: id,
      changes: { actionId, category: input.category, expectedReturnId: input.expectedReturnId, observedOn: input.observedOn, ...extra },
    },
  };
}
