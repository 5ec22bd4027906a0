import { ownPartnerOnly, workspacePage, ws, wsAction, type PageEntry, type RouteHandlerEntry, type ServerActionEntry } from './registry-model';

// The actors map: actors and relations, their import and export, and the census (its public
// questionnaire included). An area of lib/security/registry.ts.

export const ACTORS_PAGES: PageEntry[] = [
  // Actors map
  workspacePage('/[workspace]/actors', 'actors.read', (d) => `${ws(d)}/actors`),
  workspacePage('/[workspace]/actors/new', 'actors.create', (d) => `${ws(d)}/actors/new`),
  workspacePage('/[workspace]/actors/[actorId]', 'actors.readOwn', (d) => `${ws(d)}/actors/${d.partnerActor}`, {
    resource: ownPartnerOnly,
    note: "a partner reads only their own authority's record (lib/actors/queries.ts getActor)",
  }),
  workspacePage('/[workspace]/actors/[actorId]/edit', 'actors.update', (d) => `${ws(d)}/actors/${d.otherPartnerActor}/edit`, {
    resource: { contributor: 'forbidden' },
    note: 'a contributor edits only the actors they created or that an action of their department involves (lib/actors/access.ts); Tamboura is neither (lib/actors/access.test.ts covers the allowed cases)',
  }),
  workspacePage('/[workspace]/actors/census', 'census.manage', (d) => `${ws(d)}/actors/census`),
  workspacePage('/[workspace]/actors/graph', 'actors.read', (d) => `${ws(d)}/actors/graph`),
  workspacePage('/[workspace]/actors/grid', 'actors.read', (d) => `${ws(d)}/actors/grid`),
  workspacePage('/[workspace]/actors/import', 'actors.import', (d) => `${ws(d)}/actors/import`),
  workspacePage('/[workspace]/actors/map', 'actors.read', (d) => `${ws(d)}/actors/map`),
  {
    kind: 'page',
    route: '/q/[token]',
    rule: { kind: 'public', note: 'the public census questionnaire: the link token is the credential' },
    path: (d) => `/q/${d.censusToken}`,
  },
];

export const ACTORS_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/actors/export',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'actors.export' },
    path: (d) => `/api/workspaces/${d.workspace}/actors/export?format=csv`,
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/actors/graph',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'actors.read',
      note: 'the data of the actors graph page, under the same rule as that page (lib/actors/graph-data.test.ts)',
    },
    path: (d) => `/api/workspaces/${d.workspace}/actors/graph?family=external`,
  },
];

export const ACTORS_ACTIONS: ServerActionEntry[] = [
  {
    kind: 'action',
    module: 'lib/census/actions.ts',
    exportName: 'submitCensusAction',
    rule: { kind: 'public', note: 'the public questionnaire: link token, rate limit per address, spam trap' },
    args: () => [{}],
  },
  wsAction('lib/actors/actions.ts', 'createActorAction', 'actors.create', 'actors.create'),
  wsAction('lib/actors/actions.ts', 'updateActorAction', 'actors.update', 'actors.update', {
    note: 'a contributor: only actors assigned to them, checked on the row after validation (lib/actors/access.ts)',
  }),
  wsAction('lib/actors/actions.ts', 'moveActorOnGridAction', 'actors.move', 'actors.update', {
    note: 'a contributor: only actors assigned to them (lib/actors/access.ts)',
  }),
  wsAction('lib/actors/actions.ts', 'deleteActorAction', 'actors.delete', 'actors.delete'),
  wsAction('lib/actors/actions.ts', 'exportContactDataAction', 'actors.contact.export', 'actors.personalData'),
  wsAction('lib/actors/actions.ts', 'eraseContactDataAction', 'actors.contact.erase', 'actors.personalData'),
  wsAction('lib/actors/actions.ts', 'createRelationAction', 'relations.create', 'relations.manage'),
  wsAction('lib/actors/actions.ts', 'deleteRelationAction', 'relations.delete', 'relations.manage'),
  wsAction('lib/actors/import-actions.ts', 'previewImportAction', 'actors.importPreview', 'actors.import'),
  wsAction('lib/actors/import-actions.ts', 'commitImportAction', 'actors.import', 'actors.import'),
  wsAction('lib/census/actions.ts', 'createCensusLinkAction', 'census.createLink', 'census.manage'),
  wsAction('lib/census/actions.ts', 'setCensusLinkOpenAction', 'census.setLinkOpen', 'census.manage'),
  wsAction('lib/census/actions.ts', 'acceptCensusResponseAction', 'census.accept', 'census.manage'),
  wsAction('lib/census/actions.ts', 'rejectCensusResponseAction', 'census.reject', 'census.manage'),
];
