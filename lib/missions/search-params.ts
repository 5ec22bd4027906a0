import { MISSION_FILTER_KEYS, MissionFilter } from './schemas';

type SearchParams = Record<string, string | string[] | undefined>;

/** Parses a page's search params into a valid filter (invalid values are dropped, never fatal). */
export function parseMissionFilter(params: SearchParams): MissionFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = MissionFilter.safeParse(flat);
  return parsed.success ? parsed.data : MissionFilter.parse({});
}

/** A query string from filters and extra parameters (empty values left out). */
export function missionQuery(filter: Partial<MissionFilter>, extra: Record<string, string | number | undefined> = {}) {
  const q = new URLSearchParams();
  for (const key of MISSION_FILTER_KEYS) {
    const value = filter[key];
    if (value) q.set(key, String(value));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
