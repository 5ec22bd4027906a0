import { ownPartnerOnly, plainPage, workspaceGetRoute, workspacePage, workspacePageAtRoute, ws, wsActionsOf } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The actors map: actors and relations, their import and export, and the census (its public
// questionnaire included). An area of lib/security/registry.ts.

const actorsAction = wsActionsOf('lib/actors/actions.ts');
const actorsImportAction = wsActionsOf('lib/actors/import-actions.ts');
const censusAction = wsActionsOf('lib/census/actions.ts');

export const ACTORS_PAGES: PageEntry[] = [
  // Actors map
  workspacePageAtRoute('/[workspace]/actors', 'actors.read'),
  workspacePageAtRoute('/[workspace]/actors/new', 'actors.create'),
  workspacePage('/[workspace]/actors/[actorId]', 'actors.readOwn', (d) => `${ws(d)}/actors/${d.partnerActor}`, {
    resource: ownPartnerOnly,
    note: "a partner reads only their own authority's record (lib/actors/queries.ts getActor)",
  }),
  workspacePage('/[workspace]/actors/[actorId]/edit', 'actors.update', (d) => `${ws(d)}/actors/${d.otherPartnerActor}/edit`, {
    resource: { contributor: 'forbidden' },
    note: 'a contributor edits only the actors they created or that an action of their department involves (lib/actors/access.ts); Tamboura is neither (lib/actors/access.test.ts covers the allowed cases)',
  }),
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
  actorsAction('exportContactDataAction', 'actors.contact.export', 'actors.personalData'),
  actorsAction('eraseContactDataAction', 'actors.contact.erase', 'actors.personalData'),
  actorsAction('createRelationAction', 'relations.create', 'relations.manage'),
  actorsAction('deleteRelationAction', 'relations.delete', 'relations.manage'),
  actorsImportAction('previewImportAction', 'actors.importPreview', 'actors.import'),
  actorsImportAction('commitImportAction', 'actors.import', 'actors.import'),
  censusAction('createCensusLinkAction', 'census.createLink', 'census.manage'),
  censusAction('setCensusLinkOpenAction', 'census.setLinkOpen', 'census.manage'),
  censusAction('acceptCensusResponseAction', 'census.accept', 'census.manage'),
  censusAction('rejectCensusResponseAction', 'census.reject', 'census.manage'),
];
