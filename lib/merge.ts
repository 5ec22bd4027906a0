/**
 * Comparing and merging a form's values with a stored record's, for the conflict panel of a
 * versioned form (lib/concurrency.ts). Pure functions without zod, so that client components can
 * import them without loading the validation library.
 */

/** What a refused save sends back: the stored version and its values, shaped like the form's. */
export type ConflictState = { version: number; values: Record<string, unknown> };

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
