'use server';

import { workspaceAction } from '@/lib/auth/action';
import { MilestoneDoneInput, MilestoneInput, MilestoneRef, UpdateMilestoneInput } from './schemas';
import { createMilestone, deleteMilestone, setMilestoneDone, updateMilestone } from './queries';

// Milestones are part of their action: whoever may edit the action (policy 'externalActions.update',
// then the row rule of lib/external-actions/queries.ts canEditAction) records its milestones.

export const createMilestoneAction = workspaceAction('milestones.create', MilestoneInput, 'externalActions.update', (ctx, input, tx) =>
  createMilestone(tx, ctx, input),
);

export const updateMilestoneAction = workspaceAction('milestones.update', UpdateMilestoneInput, 'externalActions.update', (ctx, input, tx) =>
  updateMilestone(tx, ctx, input),
);

export const setMilestoneDoneAction = workspaceAction('milestones.setDone', MilestoneDoneInput, 'externalActions.update', (ctx, input, tx) =>
  setMilestoneDone(tx, ctx, input),
);

export const deleteMilestoneAction = workspaceAction('milestones.delete', MilestoneRef, 'externalActions.update', (ctx, input, tx) =>
  deleteMilestone(tx, ctx, input),
);
