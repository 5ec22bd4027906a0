'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { ActionSectorInput, WorkspaceIdentifiersInput } from './schemas';
import { setActionSector, updateWorkspaceIdentifiers } from './write-queries';

export const updateWorkspaceIdentifiersAction = workspaceQueryAction(
  'workspace.updateIdentifiers',
  WorkspaceIdentifiersInput,
  'workspace.update',
  updateWorkspaceIdentifiers,
);

export const setActionSectorAction = workspaceQueryAction('externalActions.setSector', ActionSectorInput, 'externalActions.update', setActionSector);
