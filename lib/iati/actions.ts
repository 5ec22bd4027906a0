'use server';

import { queryAction } from '@/lib/auth/query-action';
import { ActionSectorInput, WorkspaceIdentifiersInput } from './schemas';
import { setActionSector, updateWorkspaceIdentifiers } from './write-queries';

export const updateWorkspaceIdentifiersAction = queryAction(
  'workspace.updateIdentifiers',
  WorkspaceIdentifiersInput,
  'workspace.update',
  updateWorkspaceIdentifiers,
);

export const setActionSectorAction = queryAction('externalActions.setSector', ActionSectorInput, 'externalActions.update', setActionSector);
