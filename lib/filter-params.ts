import type { z } from 'zod';

// A list page's filters in its URL: read with the filter's schema, written back as a query string.

export type SearchParams = Record<string, string | string[] | undefined>;

/** Parses a page's search params into a valid filter (the first of repeated values; invalid values are dropped, never fatal). */
export function parseFilterParams<S extends z.ZodType>(schema: S, params: SearchParams): z.output<S> {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.safeParse(flat);
  return parsed.success ? parsed.data : schema.parse({});
}

/** A query string (`?…`, or '' when empty) from a filter's `keys` and extra parameters, empty values left out. */
export function filterQueryString<F extends object>(
  filter: Partial<F>,
  keys: readonly (keyof F & string)[],
  extra: Record<string, string | number | undefined> = {},
): string {
  const q = new URLSearchParams();
  for (const key of keys) {
    const value = filter[key];
    if (value) q.set(key, String(value));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
