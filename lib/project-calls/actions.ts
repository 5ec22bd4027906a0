'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { ProjectCallInput, ProjectCallRef } from './schemas';
import { createProjectCall, deleteProjectCall } from './queries';

// Calls for projects are recorded by those who manage the calendar's register (policy 'projectCalls.manage').

export const createProjectCallAction = workspaceQueryAction('projectCalls.create', ProjectCallInput, 'projectCalls.manage', createProjectCall);

export const deleteProjectCallAction = workspaceQueryAction('projectCalls.delete', ProjectCallRef, 'projectCalls.manage', deleteProjectCall);
