'use server';

import { workspaceAction } from '@/lib/auth/action';
import { ApiTokenRef, CreateApiTokenInput } from './schemas';
import { createApiToken, revokeApiToken } from './tokens';

export const createApiTokenAction = workspaceAction('apiTokens.create', CreateApiTokenInput, 'apiTokens.manage', (ctx, input, tx) =>
  createApiToken(tx, ctx, input),
);

export const revokeApiTokenAction = workspaceAction('apiTokens.revoke', ApiTokenRef, 'apiTokens.manage', (ctx, input, tx) => revokeApiToken(tx, ctx, input));
