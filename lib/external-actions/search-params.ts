import { ExternalActionFilter, FILTER_KEYS } from './schemas';

type SearchParams = Record<string, string | string[] | undefined>;

/** Parses a page's search params into a valid filter (invalid values are dropped, never fatal). */
export function parseActionFilter(params: SearchParams): ExternalActionFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ExternalActionFilter.safeParse(flat);
  return parsed.success ? parsed.data : ExternalActionFilter.parse({});
}

/** A query string from filters and extra parameters (empty values left out). */
export function actionQuery(filter: Partial<ExternalActionFilter>, extra: Record<string, string | number | undefined> = {}) {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) q.set(key, String(value));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
