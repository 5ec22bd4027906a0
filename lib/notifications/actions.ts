'use server';

import { workspaceAction, workspaceQueryAction } from '@/lib/auth/action';
import { MarkAllReadInput, MarkReadInput } from './schemas';
import { markAllNotificationsRead, markNotificationRead } from './queries';

export const markNotificationReadAction = workspaceQueryAction('notifications.markRead', MarkReadInput, 'notifications.read', markNotificationRead);

export const markAllNotificationsReadAction = workspaceAction('notifications.markAllRead', MarkAllReadInput, 'notifications.read', (ctx, _input, tx) =>
  markAllNotificationsRead(tx, ctx),
);
