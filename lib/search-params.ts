import type { z } from 'zod';

// Reading a list page's filter from its search params and writing it back into links (issue 23):
// each domain's search-params.ts names its schema and its filter keys.

export type SearchParams = Record<string, string | string[] | undefined>;

/** Parses a page's search params with `schema` (the first of repeated values); invalid values give the defaults, never an error. */
export function parseFilter<S extends z.ZodType>(schema: S, params: SearchParams): z.output<S> {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.safeParse(flat);
  return parsed.success ? parsed.data : schema.parse({});
}

/** A query string (`?a=1&b=2`, or '') of the `keys` of `filter` then `extra`, empty values left out. */
export function queryString<F>(filter: Partial<F>, keys: readonly (keyof F & string)[], extra: Record<string, string | number | undefined> = {}) {
  const q = new URLSearchParams();
  for (const key of keys) {
    const value = filter[key];
    if (value) q.set(key, String(value));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
