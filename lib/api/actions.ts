'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { ApiTokenRef, CreateApiTokenInput } from './schemas';
import { createApiToken, revokeApiToken } from './tokens';

export const createApiTokenAction = workspaceQueryAction('apiTokens.create', CreateApiTokenInput, 'apiTokens.manage', createApiToken);

export const revokeApiTokenAction = workspaceQueryAction('apiTokens.revoke', ApiTokenRef, 'apiTokens.manage', revokeApiToken);
