import { ownPartnerOnly, workspacePage, ws, wsAction, type PageEntry, type RouteHandlerEntry, type ServerActionEntry } from './registry-model';

// Missions and delegations and their debriefs (the debrief's live text: registry-debrief.ts). An
// area of lib/security/registry.ts.

/** The rule on a debrief's entries: a contributor writes only the debriefs assigned to them. */
const OWN_DEBRIEF = { note: 'a contributor: only a debrief assigned to them' };

export const MISSION_PAGES: PageEntry[] = [
  // Missions and delegations (issue 19): a partner sees only the missions of their own partnership.
  workspacePage('/[workspace]/missions', 'missions.read', (d) => `${ws(d)}/missions`, {
    note: "a partner's list holds only their partnership's missions (lib/missions/queries.ts visibleMissions)",
  }),
  workspacePage('/[workspace]/missions/new', 'missions.manage', (d) => `${ws(d)}/missions/new`),
  workspacePage('/[workspace]/missions/[missionId]', 'missions.read', (d) => `${ws(d)}/missions/${d.mission}`, {
    resource: ownPartnerOnly,
    note: "a mission of the partner's own partnership: the other partner finds nothing",
  }),
  workspacePage('/[workspace]/missions/[missionId]/edit', 'missions.manage', (d) => `${ws(d)}/missions/${d.mission}/edit`),
  workspacePage('/[workspace]/missions/[missionId]/debrief', 'missions.debrief', (d) => `${ws(d)}/missions/${d.mission}/debrief`, {
    note: 'a contributor writes only the debriefs assigned to them (this one: theirs; lib/missions/queries.ts canWriteDebrief)',
  }),
];

export const MISSION_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/missions/[missionId]/report',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'missions.export',
      resource: ownPartnerOnly,
      note: "the mission report as DOCX or PDF; a partner only for their partnership's missions",
    },
    path: (d) => `/api/workspaces/${d.workspace}/missions/${d.mission}/report?lang=en`,
  },
];

export const MISSION_ACTIONS: ServerActionEntry[] = [
  // Missions and delegations (lib/missions): managers record them; a contributor writes the debriefs assigned to them.
  wsAction('lib/missions/actions.ts', 'createMissionAction', 'missions.create', 'missions.manage'),
  wsAction('lib/missions/actions.ts', 'updateMissionAction', 'missions.update', 'missions.manage'),
  wsAction('lib/missions/actions.ts', 'deleteMissionAction', 'missions.delete', 'missions.manage'),
  wsAction('lib/missions/actions.ts', 'saveDebriefAction', 'missions.saveDebrief', 'missions.debrief', {
    note: 'a contributor: only a debrief assigned to them (lib/missions/queries.ts getDebriefMission)',
  }),
  wsAction('lib/missions/actions.ts', 'addDebriefContactAction', 'missions.addContact', 'missions.debrief', OWN_DEBRIEF),
  wsAction('lib/missions/actions.ts', 'addDebriefReturnAction', 'missions.addReturn', 'missions.debrief', OWN_DEBRIEF),
  wsAction('lib/missions/actions.ts', 'addFollowUpAction', 'missions.addFollowUp', 'missions.debrief', OWN_DEBRIEF),
  wsAction('lib/missions/actions.ts', 'setFollowUpDoneAction', 'missions.setFollowUpDone', 'missions.debrief', {
    note: 'the debrief’s writers, or the item’s owner',
  }),
  wsAction('lib/missions/actions.ts', 'removeDebriefEntryAction', 'missions.removeDebriefEntry', 'missions.debrief', OWN_DEBRIEF),
];
