'use server';

import { queryAction } from '@/lib/auth/query-action';
import { ApiTokenRef, CreateApiTokenInput } from './schemas';
import { createApiToken, revokeApiToken } from './tokens';

export const createApiTokenAction = queryAction('apiTokens.create', CreateApiTokenInput, 'apiTokens.manage', createApiToken);

export const revokeApiTokenAction = queryAction('apiTokens.revoke', ApiTokenRef, 'apiTokens.manage', revokeApiToken);
