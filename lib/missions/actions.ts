'use server';

import { queryAction } from '@/lib/auth/query-action';
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

export const createMissionAction = queryAction('missions.create', MissionInput, 'missions.manage', createMission);

export const updateMissionAction = queryAction('missions.update', UpdateMissionInput, 'missions.manage', updateMission);

export const deleteMissionAction = queryAction('missions.delete', MissionRef, 'missions.manage', deleteMission);

export const saveDebriefAction = queryAction('missions.saveDebrief', DebriefInput, 'missions.debrief', saveDebrief);

export const addDebriefContactAction = queryAction('missions.addContact', DebriefContactInput, 'missions.debrief', addDebriefContact);

export const addDebriefReturnAction = queryAction('missions.addReturn', DebriefReturnInput, 'missions.debrief', addDebriefReturn);

export const addFollowUpAction = queryAction('missions.addFollowUp', FollowUpInput, 'missions.debrief', addFollowUp);

export const setFollowUpDoneAction = queryAction('missions.setFollowUpDone', FollowUpDoneInput, 'missions.debrief', setFollowUpDone);

export const removeDebriefEntryAction = queryAction('missions.removeDebriefEntry', DebriefEntryRef, 'missions.debrief', removeDebriefEntry);
