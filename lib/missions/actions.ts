'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
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

export const createMissionAction = workspaceQueryAction('missions.create', MissionInput, 'missions.manage', createMission);

export const updateMissionAction = workspaceQueryAction('missions.update', UpdateMissionInput, 'missions.manage', updateMission);

export const deleteMissionAction = workspaceQueryAction('missions.delete', MissionRef, 'missions.manage', deleteMission);

export const saveDebriefAction = workspaceQueryAction('missions.saveDebrief', DebriefInput, 'missions.debrief', saveDebrief);

export const addDebriefContactAction = workspaceQueryAction('missions.addContact', DebriefContactInput, 'missions.debrief', addDebriefContact);

export const addDebriefReturnAction = workspaceQueryAction('missions.addReturn', DebriefReturnInput, 'missions.debrief', addDebriefReturn);

export const addFollowUpAction = workspaceQueryAction('missions.addFollowUp', FollowUpInput, 'missions.debrief', addFollowUp);

export const setFollowUpDoneAction = workspaceQueryAction('missions.setFollowUpDone', FollowUpDoneInput, 'missions.debrief', setFollowUpDone);

export const removeDebriefEntryAction = workspaceQueryAction('missions.removeDebriefEntry', DebriefEntryRef, 'missions.debrief', removeDebriefEntry);
