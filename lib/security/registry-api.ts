import { all, plainGetRoute, wsActionsOf } from './registry-model';
import type { RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The read-only REST API v1 (docs/decisions/0025-read-only-api.md) and the personal access tokens it
// takes: a bearer token is the only credential; a session cookie is not one, so every identity of the
// matrix gets 401 (lib/api/api.test.ts covers tokens). An area of lib/security/registry.ts.

const V1_RESOURCES = ['actors', 'relations', 'actions', 'axes', 'indicators'] as const;
/** Added after the first five (issue 20: co-financing plans and missions). */
const V1_LATER_RESOURCES = ['co-financing', 'missions'] as const;

const apiAction = wsActionsOf('lib/api/actions.ts');

export const API_ROUTES: RouteHandlerEntry[] = [
  ...[...V1_RESOURCES, ...V1_LATER_RESOURCES].map((resource): RouteHandlerEntry => ({
    kind: 'route',
    route: `/api/v1/workspaces/[workspace]/${resource}`,
    method: 'GET',
    rule: {
      kind: 'custom',
      outcomes: all('unauthenticated'),
      note: 'bearer token of this workspace only (reads as a reviewer; 401 expired/revoked/unknown/malformed, 404 other workspace): lib/api/api.test.ts',
    },
    path: (d) => `/api/v1/workspaces/${d.workspace}/${resource}`,
  })),
  plainGetRoute(
    '/api/v1/docs',
    { kind: 'public', note: 'the API reference, server-rendered HTML from the same zod schemas: no data' },
    () => '/api/v1/docs?lang=en',
  ),
  plainGetRoute('/api/v1/openapi.json', { kind: 'public', note: 'the OpenAPI 3.1 document of the API: no data' }),
];

export const API_ACTIONS: ServerActionEntry[] = [
  apiAction('createApiTokenAction', 'apiTokens.create', 'apiTokens.manage'),
  apiAction('revokeApiTokenAction', 'apiTokens.revoke', 'apiTokens.manage'),
];
