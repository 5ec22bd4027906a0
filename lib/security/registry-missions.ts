import { ownPartnerOnly, workspaceGetRoute, workspacePageAtRoute, workspacePageWith, wsActionGroup, wsActionsOf } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// Missions and delegations and their debriefs (the debrief's live text: registry-debrief.ts). An
// area of lib/security/registry.ts.

/** The rule on a debrief's entries: a contributor writes only the debriefs assigned to them. */
const OWN_DEBRIEF = { note: 'a contributor: only a debrief assigned to them' };

const MISSIONS_ACTIONS_MODULE = 'lib/missions/actions.ts';
const missionsAction = wsActionsOf(MISSIONS_ACTIONS_MODULE);

export const MISSION_PAGES: PageEntry[] = [
  // Missions and delegations (issue 19): a partner sees only the missions of their own partnership.
  workspacePageAtRoute('/[workspace]/missions', 'missions.read', {
    note: "a partner's list holds only their partnership's missions (lib/missions/queries.ts visibleMissions)",
  }),
  workspacePageAtRoute('/[workspace]/missions/new', 'missions.manage'),
  workspacePageWith(
    '/[workspace]/missions/[missionId]',
    'missions.read',
    { missionId: 'mission' },
    {
      resource: ownPartnerOnly,
      note: "a mission of the partner's own partnership: the other partner finds nothing",
    },
  ),
  workspacePageWith('/[workspace]/missions/[missionId]/edit', 'missions.manage', { missionId: 'mission' }),
  workspacePageWith(
    '/[workspace]/missions/[missionId]/debrief',
    'missions.debrief',
    { missionId: 'mission' },
    {
      note: 'a contributor writes only the debriefs assigned to them (this one: theirs; lib/missions/queries.ts canWriteDebrief)',
    },
  ),
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
  ...wsActionGroup(MISSIONS_ACTIONS_MODULE, 'missions.manage', {
    createMissionAction: 'missions.create',
    updateMissionAction: 'missions.update',
    deleteMissionAction: 'missions.delete',
  }),
  missionsAction('saveDebriefAction', 'missions.saveDebrief', 'missions.debrief', {
    note: 'a contributor: only a debrief assigned to them (lib/missions/queries.ts getDebriefMission)',
  }),
  ...wsActionGroup(
    MISSIONS_ACTIONS_MODULE,
    'missions.debrief',
    { addDebriefContactAction: 'missions.addContact', addDebriefReturnAction: 'missions.addReturn', addFollowUpAction: 'missions.addFollowUp' },
    OWN_DEBRIEF,
  ),
  missionsAction('setFollowUpDoneAction', 'missions.setFollowUpDone', 'missions.debrief', {
    note: 'the debrief’s writers, or the item’s owner',
  }),
  missionsAction('removeDebriefEntryAction', 'missions.removeDebriefEntry', 'missions.debrief', OWN_DEBRIEF),
];
