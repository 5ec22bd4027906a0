'use server';

import { queryAction } from '@/lib/auth/query-action';
import { PublishInput, UnpublishInput } from './schemas';
import { publishStrategy, unpublishStrategy } from './queries';

export const publishStrategyAction = queryAction('publication.publish', PublishInput, 'publication.manage', publishStrategy);

export const unpublishStrategyAction = queryAction('publication.unpublish', UnpublishInput, 'publication.manage', unpublishStrategy);
