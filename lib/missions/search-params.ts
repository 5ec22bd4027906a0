import { filterQueryString, parseFilterParams, type SearchParams } from '@/lib/filter-params';
import { MISSION_FILTER_KEYS, MissionFilter } from './schemas';

/** Parses a page's search params into a valid filter (invalid values are dropped, never fatal). */
export function parseMissionFilter(params: SearchParams): MissionFilter {
  return parseFilterParams(MissionFilter, params);
}

/** A query string from filters and extra parameters (empty values left out). */
export function missionQuery(filter: Partial<MissionFilter>, extra: Record<string, string | number | undefined> = {}) {
  return filterQueryString(filter, MISSION_FILTER_KEYS, extra);
}
