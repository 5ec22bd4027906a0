import type { Identity, RouteHandlerEntry } from './registry';

// The read-only API v1's resources added after its first five (issue 20: co-financing plans and
// missions, docs/decisions/0025-read-only-api.md), spread into lib/security/registry.ts's routes
// through registry-extra.ts: that file may not grow (lib/unit-size.test.ts).

// Listed here, not imported: registry.ts imports this file before it defines IDENTITIES.
const EVERYONE: Identity[] = ['anonymous', 'admin', 'editor', 'contributor', 'reviewer', 'partner', 'otherPartner', 'outsider'];

export const API_ROUTES: RouteHandlerEntry[] = (['co-financing', 'missions'] as const).map((resource) => ({
  kind: 'route',
  route: `/api/v1/workspaces/[workspace]/${resource}`,
  method: 'GET',
  rule: {
    kind: 'custom',
    outcomes: Object.fromEntries(EVERYONE.map((i) => [i, 'unauthenticated' as const])) as Record<Identity, 'unauthenticated'>,
    note: 'bearer token of this workspace only (reads as a reviewer; 401 expired/revoked/unknown/malformed, 404 other workspace): lib/api/api.test.ts',
  },
  path: (d) => `/api/v1/workspaces/${d.workspace}/${resource}`,
}));
