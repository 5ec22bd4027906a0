import type { Permission } from '@/lib/auth/policy';
import { all, type RouteHandlerEntry, type ServerActionEntry } from './registry-model';

// The IATI export and open data's entries of the endpoint registry: an area of
// lib/security/registry.ts.

const wsAction = (exportName: string, name: string, permission: Permission, note?: string): ServerActionEntry => ({
  kind: 'action',
  module: 'lib/iati/actions.ts',
  exportName,
  workspaceAction: name,
  rule: { kind: 'workspace', permission, ...(note ? { note } : {}) },
  args: (d) => [d.workspaceId, {}],
});

export const IATI_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/iati.xml',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'externalActions.read',
      note: 'the register as IATI 2.03 XML, whole or filtered by axis and status (lib/iati/iati.test.ts validates it against the official schema); audited',
    },
    path: (d) => `/api/workspaces/${d.workspace}/iati.xml?status=running`,
  },
  {
    kind: 'route',
    route: '/p/[slug]/data/[file]',
    method: 'GET',
    rule: {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'the open data of the public page (actions.csv, actions.json, dictionary.csv, iati.xml), public under the same rule: 404 while nothing is published (the demo publishes nothing); only what lib/open-data/queries.ts allows, never personal data (lib/open-data/open-data.test.ts, e2e/open-data.spec.ts)',
    },
    path: (d) => `/p/${d.workspace}/data/actions.csv`,
  },
];

export const IATI_ACTIONS: ServerActionEntry[] = [
  wsAction(
    'setActionSectorAction',
    'externalActions.setSector',
    'externalActions.update',
    'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/iati/write-queries.ts)',
  ),
  wsAction('updateWorkspaceIdentifiersAction', 'workspace.updateIdentifiers', 'workspace.update'),
];
