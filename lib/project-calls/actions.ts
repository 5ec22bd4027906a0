'use server';

import { queryAction } from '@/lib/auth/query-action';
import { ProjectCallInput, ProjectCallRef } from './schemas';
import { createProjectCall, deleteProjectCall } from './queries';

// Calls for projects are recorded by those who manage the calendar's register (policy 'projectCalls.manage').

export const createProjectCallAction = queryAction('projectCalls.create', ProjectCallInput, 'projectCalls.manage', createProjectCall);

export const deleteProjectCallAction = queryAction('projectCalls.delete', ProjectCallRef, 'projectCalls.manage', deleteProjectCall);
