import { all, plainGetRoute, workspaceGetRoute, wsActionsOf } from './registry-model';
import type { RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The IATI export and open data's entries of the endpoint registry: an area of
// lib/security/registry.ts.

const iatiAction = wsActionsOf('lib/iati/actions.ts');

export const IATI_ROUTES: RouteHandlerEntry[] = [
  workspaceGetRoute('/api/workspaces/[workspace]/iati.xml', 'externalActions.read', (d) => `/api/workspaces/${d.workspace}/iati.xml?status=running`, {
    note: 'the register as IATI 2.03 XML, whole or filtered by axis and status (lib/iati/iati.test.ts validates it against the official schema); audited',
  }),
  plainGetRoute(
    '/p/[slug]/data/[file]',
    {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'the open data of the public page (actions.csv, actions.json, dictionary.csv, iati.xml), public under the same rule: 404 while nothing is published (the demo publishes nothing); only what lib/open-data/queries.ts allows, never personal data (lib/open-data/open-data.test.ts, e2e/open-data.spec.ts)',
    },
    (d) => `/p/${d.workspace}/data/actions.csv`,
  ),
];

export const IATI_ACTIONS: ServerActionEntry[] = [
  iatiAction('setActionSectorAction', 'externalActions.setSector', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/iati/write-queries.ts)',
  }),
  iatiAction('updateWorkspaceIdentifiersAction', 'workspace.updateIdentifiers', 'workspace.update'),
];
