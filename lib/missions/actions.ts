'use server';

import { workspaceAction } from '@/lib/auth/action';
import {
  DebriefContactInput,
  DebriefEntryRef,
  DebriefInput,
  DebriefReturnInput,
  FollowUpDoneInput,
  FollowUpInput,
  MissionInput,
  MissionRef,
  UpdateMissionInput,
} from './schemas';
import { createMission, deleteMission, updateMission } from './write-queries';
import { addDebriefContact, addDebriefReturn, addFollowUp, removeDebriefEntry, saveDebrief, setFollowUpDone } from './debrief';

// Managers record missions. The debrief's actions pass the policy for contributors too;
// lib/missions/queries.ts getDebriefMission limits them to the debriefs assigned to them.

export const createMissionAction = workspaceAction('missions.create', MissionInput, 'missions.manage', (ctx, input, tx) => createMission(tx, ctx, input));

export const updateMissionAction = workspaceAction('missions.update', UpdateMissionInput, 'missions.manage', (ctx, input, tx) => updateMission(tx, ctx, input));

export const deleteMissionAction = workspaceAction('missions.delete', MissionRef, 'missions.manage', (ctx, input, tx) => deleteMission(tx, ctx, input));

export const saveDebriefAction = workspaceAction('missions.saveDebrief', DebriefInput, 'missions.debrief', (ctx, input, tx) => saveDebrief(tx, ctx, input));

export const addDebriefContactAction = workspaceAction('missions.addContact', DebriefContactInput, 'missions.debrief', (ctx, input, tx) =>
  addDebriefContact(tx, ctx, input),
);

export const addDebriefReturnAction = workspaceAction('missions.addReturn', DebriefReturnInput, 'missions.debrief', (ctx, input, tx) =>
  addDebriefReturn(tx, ctx, input),
);

export const addFollowUpAction = workspaceAction('missions.addFollowUp', FollowUpInput, 'missions.debrief', (ctx, input, tx) => addFollowUp(tx, ctx, input));

export const setFollowUpDoneAction = workspaceAction('missions.setFollowUpDone', FollowUpDoneInput, 'missions.debrief', (ctx, input, tx) =>
  setFollowUpDone(tx, ctx, input),
);

export const removeDebriefEntryAction = workspaceAction('missions.removeDebriefEntry', DebriefEntryRef, 'missions.debrief', (ctx, input, tx) =>
  removeDebriefEntry(tx, ctx, input),
);
