import { ownPartnerOnly, plainPage, workspaceGetRoute, workspacePageAtRoute, workspacePageWith, wsActionGroup, wsActionsOf } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The actors map: actors and relations, their import and export, and the census (its public
// questionnaire included). An area of lib/security/registry.ts.

const ACTORS_ACTIONS_MODULE = 'lib/actors/actions.ts';
const actorsAction = wsActionsOf(ACTORS_ACTIONS_MODULE);

export const ACTORS_PAGES: PageEntry[] = [
  // Actors map
  workspacePageAtRoute('/[workspace]/actors', 'actors.read'),
  workspacePageAtRoute('/[workspace]/actors/new', 'actors.create'),
  workspacePageWith(
    '/[workspace]/actors/[actorId]',
    'actors.readOwn',
    { actorId: 'partnerActor' },
    {
      resource: ownPartnerOnly,
      note: "a partner reads only their own authority's record (lib/actors/queries.ts getActor)",
    },
  ),
  workspacePageWith(
    '/[workspace]/actors/[actorId]/edit',
    'actors.update',
    { actorId: 'otherPartnerActor' },
    {
      resource: { contributor: 'forbidden' },
      note: 'a contributor edits only the actors they created or that an action of their department involves (lib/actors/access.ts); Tamboura is neither (lib/actors/access.test.ts covers the allowed cases)',
    },
  ),
  workspacePageAtRoute('/[workspace]/actors/census', 'census.manage'),
  workspacePageAtRoute('/[workspace]/actors/graph', 'actors.read'),
  workspacePageAtRoute('/[workspace]/actors/grid', 'actors.read'),
  workspacePageAtRoute('/[workspace]/actors/import', 'actors.import'),
  workspacePageAtRoute('/[workspace]/actors/map', 'actors.read'),
  plainPage('/q/[token]', { kind: 'public', note: 'the public census questionnaire: the link token is the credential' }, (d) => `/q/${d.censusToken}`),
];

export const ACTORS_ROUTES: RouteHandlerEntry[] = [
  workspaceGetRoute('/api/workspaces/[workspace]/actors/export', 'actors.export', (d) => `/api/workspaces/${d.workspace}/actors/export?format=csv`),
  workspaceGetRoute('/api/workspaces/[workspace]/actors/graph', 'actors.read', (d) => `/api/workspaces/${d.workspace}/actors/graph?family=external`, {
    note: 'the data of the actors graph page, under the same rule as that page (lib/actors/graph-data.test.ts)',
  }),
];

export const ACTORS_ACTIONS: ServerActionEntry[] = [
  {
    kind: 'action',
    module: 'lib/census/actions.ts',
    exportName: 'submitCensusAction',
    rule: { kind: 'public', note: 'the public questionnaire: link token, rate limit per address, spam trap' },
    args: () => [{}],
  },
  actorsAction('createActorAction', 'actors.create', 'actors.create'),
  actorsAction('updateActorAction', 'actors.update', 'actors.update', {
    note: 'a contributor: only actors assigned to them, checked on the row after validation (lib/actors/access.ts)',
  }),
  actorsAction('moveActorOnGridAction', 'actors.move', 'actors.update', {
    note: 'a contributor: only actors assigned to them (lib/actors/access.ts)',
  }),
  actorsAction('deleteActorAction', 'actors.delete', 'actors.delete'),
  ...wsActionGroup(ACTORS_ACTIONS_MODULE, 'actors.personalData', {
    exportContactDataAction: 'actors.contact.export',
    eraseContactDataAction: 'actors.contact.erase',
  }),
  ...wsActionGroup(ACTORS_ACTIONS_MODULE, 'relations.manage', { createRelationAction: 'relations.create', deleteRelationAction: 'relations.delete' }),
  ...wsActionGroup('lib/actors/import-actions.ts', 'actors.import', { previewImportAction: 'actors.importPreview', commitImportAction: 'actors.import' }),
  ...wsActionGroup('lib/census/actions.ts', 'census.manage', {
    createCensusLinkAction: 'census.createLink',
    setCensusLinkOpenAction: 'census.setLinkOpen',
    acceptCensusResponseAction: 'census.accept',
    rejectCensusResponseAction: 'census.reject',
  }),
];
