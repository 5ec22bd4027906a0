'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { ExternalActionInput, ExternalActionRef, ObservedReturnInput, ObservedReturnRef, UpdateExternalActionInput } from './schemas';
import { createExternalAction, deleteExternalAction, deleteObservedReturn, recordObservedReturn, updateExternalAction } from './queries';

// Contributors pass the policy for create, update and returns; queries.ts limits them to the
// actions their department takes part in.

export const createExternalActionAction = workspaceQueryAction('externalActions.create', ExternalActionInput, 'externalActions.create', createExternalAction);

export const updateExternalActionAction = workspaceQueryAction(
  'externalActions.update',
  UpdateExternalActionInput,
  'externalActions.update',
  updateExternalAction,
);

export const deleteExternalActionAction = workspaceQueryAction('externalActions.delete', ExternalActionRef, 'externalActions.delete', deleteExternalAction);

export const recordObservedReturnAction = workspaceQueryAction(
  'externalActions.recordObserved',
  ObservedReturnInput,
  'externalActions.update',
  recordObservedReturn,
);

export const deleteObservedReturnAction = workspaceQueryAction(
  'externalActions.deleteObserved',
  ObservedReturnRef,
  'externalActions.update',
  deleteObservedReturn,
);
