import { ActorFilter } from './schemas';

type SearchParams = Record<string, string | string[] | undefined>;

/** Parses a page's search params into a valid filter (invalid values are dropped, never fatal). */
export function parseActorFilter(params: SearchParams): ActorFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ActorFilter.safeParse(flat);
  return parsed.success ? parsed.data : ActorFilter.parse({});
}

/** The filter part of a query string (no sort or page), to carry filters across views. */
export function filterQuery(filter: Partial<ActorFilter>, extra: Record<string, string | number | undefined> = {}) {
  const q = new URLSearchParams();
  for (const key of ['q', 'family', 'category', 'country', 'tag', 'theme'] as const) {
    const value = filter[key];
    if (value) q.set(key, String(value));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
