import { z } from 'zod';
import { Conflict, NotFound } from '@/lib/errors';
import type { ConflictState } from '@/lib/merge';

/**
 * Optimistic concurrency for structured records (actors, actions, departments, the common thread,
 * axes, indicators, diagnostics, follow-up items). Each such row has an integer `version`; an edit
 * form carries the version it was loaded with, the update runs
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`, and when no row matched
 * because someone saved first, the save is refused with a `StaleVersion` conflict that carries the
 * stored values in the form's own shape, so the form can show them beside the person's and let
 * them merge field by field (components/ui/conflict-panel.tsx). Nothing is overwritten silently.
 *
 * No database access here; client components import the merge helpers from lib/merge.ts (no zod).
 */

/** The version an edit form was loaded with. */
export const Version = z.coerce.number({ message: 'versionRequired' }).int({ message: 'versionRequired' }).min(1, { message: 'versionRequired' });

export { comparable, conflictingFields, mergeValues, sameValue, type ConflictState, type MergeChoice } from '@/lib/merge';

/** A save made against a version that is no longer the stored one. */
export class StaleVersion extends Conflict {
  constructor(
    readonly current: ConflictState,
    messageKey = 'recordChangedMeanwhile',
  ) {
    super(messageKey);
  }
}

/**
 * Checks the outcome of a versioned `UPDATE … WHERE id = ? AND version = ?`: one row changed is a
 * save; none means the record is gone (NotFound) or was saved by someone else (StaleVersion with
 * its current values). Call it inside the mutation's transaction, so that throwing rolls back
 * everything the mutation wrote.
 */
export function assertSaved(result: { changes: number }, current: () => ConflictState | undefined): void {
  if (result.changes === 1) return;
  const state = current();
  if (!state) throw new NotFound();
  throw new StaleVersion(state);
}
