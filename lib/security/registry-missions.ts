import { ownPartnerOnly, workspaceGetRoute, workspacePage, workspacePageAtRoute, ws, wsActionsOf } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// Missions and delegations and their debriefs (the debrief's live text: registry-debrief.ts). An
// area of lib/security/registry.ts.

/** The rule on a debrief's entries: a contributor writes only the debriefs assigned to them. */
const OWN_DEBRIEF = { note: 'a contributor: only a debrief assigned to them' };

const missionsAction = wsActionsOf('lib/missions/actions.ts');

export const MISSION_PAGES: PageEntry[] = [
  // Missions and delegations (issue 19): a partner sees only the missions of their own partnership.
  workspacePageAtRoute('/[workspace]/missions', 'missions.read', {
    note: "a partner's list holds only their partnership's missions (lib/missions/queries.ts visibleMissions)",
  }),
  workspacePageAtRoute('/[workspace]/missions/new', 'missions.manage'),
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
  workspaceGetRoute(
    '/api/workspaces/[workspace]/missions/[missionId]/report',
    'missions.export',
    (d) => `/api/workspaces/${d.workspace}/missions/${d.mission}/report?lang=en`,
    { resource: ownPartnerOnly, note: "the mission report as DOCX or PDF; a partner only for their partnership's missions" },
  ),
];

export const MISSION_ACTIONS: ServerActionEntry[] = [
  // Missions and delegations (lib/missions): managers record them; a contributor writes the debriefs assigned to them.
  missionsAction('createMissionAction', 'missions.create', 'missions.manage'),
  missionsAction('updateMissionAction', 'missions.update', 'missions.manage'),
  missionsAction('deleteMissionAction', 'missions.delete', 'missions.manage'),
  missionsAction('saveDebriefAction', 'missions.saveDebrief', 'missions.debrief', {
    note: 'a contributor: only a debrief assigned to them (lib/missions/queries.ts getDebriefMission)',
  }),
  missionsAction('addDebriefContactAction', 'missions.addContact', 'missions.debrief', OWN_DEBRIEF),
  missionsAction('addDebriefReturnAction', 'missions.addReturn', 'missions.debrief', OWN_DEBRIEF),
  missionsAction('addFollowUpAction', 'missions.addFollowUp', 'missions.debrief', OWN_DEBRIEF),
  missionsAction('setFollowUpDoneAction', 'missions.setFollowUpDone', 'missions.debrief', {
    note: 'the debrief’s writers, or the item’s owner',
  }),
  missionsAction('removeDebriefEntryAction', 'missions.removeDebriefEntry', 'missions.debrief', OWN_DEBRIEF),
];
