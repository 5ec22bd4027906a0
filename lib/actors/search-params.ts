import { parseFilter, queryString, type SearchParams } from '@/lib/search-params';
import { ActorFilter } from './schemas';

/** Parses a page's search params into a valid filter (invalid values are dropped, never fatal). */
export function parseActorFilter(params: SearchParams): ActorFilter {
  return parseFilter(ActorFilter, params);
}

/** The filter part of a query string (no sort or page), to carry filters across views. */
export function filterQuery(filter: Partial<ActorFilter>, extra: Record<string, string | number | undefined> = {}) {
  return queryString(filter, ['q', 'family', 'category', 'country', 'tag', 'theme'], extra);
}
