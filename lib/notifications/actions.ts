'use server';

import { workspaceAction } from '@/lib/auth/action';
import { MarkAllReadInput, MarkReadInput } from './schemas';
import { markAllNotificationsRead, markNotificationRead } from './queries';

export const markNotificationReadAction = workspaceAction('notifications.markRead', MarkReadInput, 'notifications.read', (ctx, input, tx) =>
  markNotificationRead(tx, ctx, input),
);

export const markAllNotificationsReadAction = workspaceAction('notifications.markAllRead', MarkAllReadInput, 'notifications.read', (ctx, _input, tx) =>
  markAllNotificationsRead(tx, ctx),
);
