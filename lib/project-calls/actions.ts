'use server';

import { workspaceAction } from '@/lib/auth/action';
import { ProjectCallInput, ProjectCallRef } from './schemas';
import { createProjectCall, deleteProjectCall } from './queries';

// Calls for projects are recorded by those who manage the calendar's register (policy 'projectCalls.manage').

export const createProjectCallAction = workspaceAction('projectCalls.create', ProjectCallInput, 'projectCalls.manage', (ctx, input, tx) =>
  createProjectCall(tx, ctx, input),
);

export const deleteProjectCallAction = workspaceAction('projectCalls.delete', ProjectCallRef, 'projectCalls.manage', (ctx, input, tx) =>
  deleteProjectCall(tx, ctx, input),
);
