'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { PublishInput, UnpublishInput } from './schemas';
import { publishStrategy, unpublishStrategy } from './queries';

export const publishStrategyAction = workspaceQueryAction('publication.publish', PublishInput, 'publication.manage', publishStrategy);

export const unpublishStrategyAction = workspaceQueryAction('publication.unpublish', UnpublishInput, 'publication.manage', unpublishStrategy);
