import { z } from 'zod';
import { Conflict, NotFound } from '@/lib/errors';

/**
 * Optimistic concurrency for structured records (actors, actions, departments, the common thread,
 * axes, indicators, diagnostics, follow-up items). Each such row has an integer `version`; an edit
 * form carries the version it was loaded with, the update runs
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`, and when no row matched
 * because someone saved first, the save is refused with a `StaleVersion` conflict that carries the
 * stored values in the form's own shape, so the form can show them beside the person's and let
 * them merge field by field (components/ui/conflict-panel.tsx). Nothing is overwritten silently.
 *
 * Importable by client and server: no database access here.
 */

/** The version an edit form was loaded with. */
export const Version = z.coerce.number({ message: 'versionRequired' }).int({ message: 'versionRequired' }).min(1, { message: 'versionRequired' });

/** What a refused save sends back: the stored version and its values, shaped like the form's. */
export type ConflictState = { version: number; values: Record<string, unknown> };

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

/** A value as a comparable, displayable string: numbers and strings alike, lists joined, empty as ''. */
export function comparable(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(comparable).join(', ');
  if (typeof value === 'object') return JSON.stringify(canonical(value));
  return String(value).trim();
}

/** An object's entries in key order, values as text, empty ones dropped: `{b: 2, a: ''}` → `[['b', '2']]`. */
function canonical(value: object): [string, string][] {
  return Object.keys(value)
    .sort()
    .map((key): [string, string] => [key, comparable((value as Record<string, unknown>)[key])])
    .filter(([, text]) => text !== '');
}

export function sameValue(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}

export type MergeChoice = 'mine' | 'theirs';

/**
 * The fields where the person's values and the stored ones differ, with a suggested choice: take
 * theirs when the person did not touch the field (their value is still the one they loaded),
 * otherwise keep the person's own edit.
 */
export function conflictingFields(
  fields: readonly string[],
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): { field: string; suggested: MergeChoice }[] {
  return fields
    .filter((field) => field in theirs && !sameValue(mine[field], theirs[field]))
    .map((field) => ({ field, suggested: sameValue(mine[field], base[field]) ? 'theirs' : 'mine' }));
}

/** The person's values with the chosen fields taken from the stored record. */
export function mergeValues<T extends Record<string, unknown>>(mine: T, theirs: Record<string, unknown>, choices: Record<string, MergeChoice>): T {
  const merged: Record<string, unknown> = { ...mine };
  for (const [field, choice] of Object.entries(choices)) if (choice === 'theirs') merged[field] = theirs[field];
  return merged as T;
}
