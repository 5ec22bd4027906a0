'use server';

import { queryAction } from '@/lib/auth/query-action';
import { MilestoneDoneInput, MilestoneInput, MilestoneRef, UpdateMilestoneInput } from './schemas';
import { createMilestone, deleteMilestone, setMilestoneDone, updateMilestone } from './queries';

// Milestones are part of their action: whoever may edit the action (policy 'externalActions.update',
// then the row rule of lib/external-actions/queries.ts canEditAction) records its milestones.

export const createMilestoneAction = queryAction('milestones.create', MilestoneInput, 'externalActions.update', createMilestone);

export const updateMilestoneAction = queryAction('milestones.update', UpdateMilestoneInput, 'externalActions.update', updateMilestone);

export const setMilestoneDoneAction = queryAction('milestones.setDone', MilestoneDoneInput, 'externalActions.update', setMilestoneDone);

export const deleteMilestoneAction = queryAction('milestones.delete', MilestoneRef, 'externalActions.update', deleteMilestone);
