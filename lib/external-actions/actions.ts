'use server';

import { queryAction } from '@/lib/auth/query-action';
import { ExternalActionInput, ExternalActionRef, ObservedReturnInput, ObservedReturnRef, UpdateExternalActionInput } from './schemas';
import { createExternalAction, deleteExternalAction, deleteObservedReturn, recordObservedReturn, updateExternalAction } from './queries';

// Contributors pass the policy for create, update and returns; queries.ts limits them to the
// actions their department takes part in.

export const createExternalActionAction = queryAction('externalActions.create', ExternalActionInput, 'externalActions.create', createExternalAction);

export const updateExternalActionAction = queryAction('externalActions.update', UpdateExternalActionInput, 'externalActions.update', updateExternalAction);

export const deleteExternalActionAction = queryAction('externalActions.delete', ExternalActionRef, 'externalActions.delete', deleteExternalAction);

export const recordObservedReturnAction = queryAction('externalActions.recordObserved', ObservedReturnInput, 'externalActions.update', recordObservedReturn);

export const deleteObservedReturnAction = queryAction('externalActions.deleteObserved', ObservedReturnRef, 'externalActions.update', deleteObservedReturn);
