'use server';

import { workspaceAction } from '@/lib/auth/action';
import { ActionSectorInput, WorkspaceIdentifiersInput } from './schemas';
import { setActionSector, updateWorkspaceIdentifiers } from './write-queries';

export const updateWorkspaceIdentifiersAction = workspaceAction(
  'workspace.updateIdentifiers',
  WorkspaceIdentifiersInput,
  'workspace.update',
  (ctx, input, tx) => updateWorkspaceIdentifiers(tx, ctx, input),
);

export const setActionSectorAction = workspaceAction('externalActions.setSector', ActionSectorInput, 'externalActions.update', (ctx, input, tx) =>
  setActionSector(tx, ctx, input),
);
