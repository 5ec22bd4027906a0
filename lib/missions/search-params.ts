import { parseFilter, queryString, type SearchParams } from '@/lib/search-params';
import { MISSION_FILTER_KEYS, MissionFilter } from './schemas';

/** Parses a page's search params into a valid filter (invalid values are dropped, never fatal). */
export function parseMissionFilter(params: SearchParams): MissionFilter {
  return parseFilter(MissionFilter, params);
}

/** A query string from filters and extra parameters (empty values left out). */
export function missionQuery(filter: Partial<MissionFilter>, extra: Record<string, string | number | undefined> = {}) {
  return queryString(filter, MISSION_FILTER_KEYS, extra);
}
