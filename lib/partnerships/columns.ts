import { and, eq } from 'drizzle-orm';
import { externalActionActors, externalActions, partnershipContributions } from '@/db/schema';
import { pickColumns } from '@/lib/pick-columns';

// Query pieces the partnership space's queries share (and the evaluation's partner-returns source).

/**
 * The join from an action to its partner link with the partnership's authority (`actorId`): joined
 * with `externalActionActors`, it keeps the partnership's joint actions only.
 */
export const jointActionLink = (actorId: string) =>
  and(eq(externalActionActors.actionId, externalActions.id), eq(externalActionActors.actorId, actorId), eq(externalActionActors.role, 'partner'));

/** What a reciprocity entry says: its side, what it brings/expects/observed, its text and language. */
export const contributionColumns = {
  ...pickColumns(partnershipContributions, ['side', 'kind', 'text', 'language']),
};
