'use server';

import { workspaceAction } from '@/lib/auth/action';
import { ExternalActionInput, ExternalActionRef, ObservedReturnInput, ObservedReturnRef, UpdateExternalActionInput } from './schemas';
import { createExternalAction, deleteExternalAction, deleteObservedReturn, recordObservedReturn, updateExternalAction } from './queries';

// Contributors pass the policy for create, update and returns; queries.ts limits them to the
// actions their department takes part in.

export const createExternalActionAction = workspaceAction('externalActions.create', ExternalActionInput, 'externalActions.create', (ctx, input, tx) =>
  createExternalAction(tx, ctx, input),
);

export const updateExternalActionAction = workspaceAction('externalActions.update', UpdateExternalActionInput, 'externalActions.update', (ctx, input, tx) =>
  updateExternalAction(tx, ctx, input),
);

export const deleteExternalActionAction = workspaceAction('externalActions.delete', ExternalActionRef, 'externalActions.delete', (ctx, input, tx) =>
  deleteExternalAction(tx, ctx, input),
);

export const recordObservedReturnAction = workspaceAction('externalActions.recordObserved', ObservedReturnInput, 'externalActions.update', (ctx, input, tx) =>
  recordObservedReturn(tx, ctx, input),
);

export const deleteObservedReturnAction = workspaceAction('externalActions.deleteObserved', ObservedReturnRef, 'externalActions.update', (ctx, input, tx) =>
  deleteObservedReturn(tx, ctx, input),
);
