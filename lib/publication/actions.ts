'use server';

import { workspaceAction } from '@/lib/auth/action';
import { PublishInput, UnpublishInput } from './schemas';
import { publishStrategy, unpublishStrategy } from './queries';

export const publishStrategyAction = workspaceAction('publication.publish', PublishInput, 'publication.manage', (ctx, input, tx) =>
  publishStrategy(tx, ctx, input),
);

export const unpublishStrategyAction = workspaceAction('publication.unpublish', UnpublishInput, 'publication.manage', (ctx, input, tx) =>
  unpublishStrategy(tx, ctx, input),
);
