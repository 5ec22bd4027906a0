import 'server-only';
import { ACTION_ENDPOINTS } from './endpoints/actions';
import { ACTOR_ENDPOINTS } from './endpoints/actors';
import { CO_FINANCING_ENDPOINTS } from './endpoints/co-financing';
import { MISSION_ENDPOINTS } from './endpoints/missions';
import { STRATEGY_ENDPOINTS } from './endpoints/strategy';
import type { ApiEndpoint } from './endpoints/define';

export { MAX_LIMIT, type ApiEndpoint, type Page } from './endpoints/define';

/**
 * The read-only REST API v1 (docs/decisions/0025-read-only-api.md): each endpoint's query
 * parameters and item schema in zod (the OpenAPI document is generated from them, lib/api/openapi.ts)
 * and its read through the domain's existing query, one file per area in lib/api/endpoints/. One definition per resource, used by the route
 * handler, the OpenAPI document and the tests.
 */

export const ENDPOINTS: ApiEndpoint[] = [...ACTOR_ENDPOINTS, ...ACTION_ENDPOINTS, ...STRATEGY_ENDPOINTS, ...CO_FINANCING_ENDPOINTS, ...MISSION_ENDPOINTS];

export function endpoint(resource: string): ApiEndpoint {
  const found = ENDPOINTS.find((e) => e.resource === resource);
  if (!found) throw new Error(`unknown API resource ${resource}`);
  return found;
}
