import { parseFilter, queryString, type SearchParams } from '@/lib/search-params';
import { ExternalActionFilter, FILTER_KEYS } from './schemas';

/** Parses a page's search params into a valid filter (invalid values are dropped, never fatal). */
export function parseActionFilter(params: SearchParams): ExternalActionFilter {
  return parseFilter(ExternalActionFilter, params);
}

/** A query string from filters and extra parameters (empty values left out). */
export function actionQuery(filter: Partial<ExternalActionFilter>, extra: Record<string, string | number | undefined> = {}) {
  return queryString(filter, FILTER_KEYS, extra);
}
