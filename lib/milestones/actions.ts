'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { MilestoneDoneInput, MilestoneInput, MilestoneRef, UpdateMilestoneInput } from './schemas';
import { createMilestone, deleteMilestone, setMilestoneDone, updateMilestone } from './queries';

// Milestones are part of their action: whoever may edit the action (policy 'externalActions.update',
// then the row rule of lib/external-actions/queries.ts canEditAction) records its milestones.

export const createMilestoneAction = workspaceQueryAction('milestones.create', MilestoneInput, 'externalActions.update', createMilestone);

export const updateMilestoneAction = workspaceQueryAction('milestones.update', UpdateMilestoneInput, 'externalActions.update', updateMilestone);

export const setMilestoneDoneAction = workspaceQueryAction('milestones.setDone', MilestoneDoneInput, 'externalActions.update', setMilestoneDone);

export const deleteMilestoneAction = workspaceQueryAction('milestones.delete', MilestoneRef, 'externalActions.update', deleteMilestone);
