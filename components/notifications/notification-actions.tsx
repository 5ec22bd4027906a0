'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/notifications/actions';

/** The notification's text as a link to its object; opening it marks it read. */
export function NotificationLink({
  workspaceId,
  id,
  href,
  unread,
  children,
}: {
  workspaceId: string;
  id: string;
  href: string;
  unread: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      onClick={() => {
        if (unread) void markNotificationReadAction(workspaceId, { id });
      }}
    >
      {children}
    </Link>
  );
}

/** Marks one notification read. */
export function MarkReadButton({ workspaceId, id, label }: { workspaceId: string; id: string; label: string }) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const run = useMutation({
    mutationFn: () => markNotificationReadAction(workspaceId, { id }),
    onSuccess: () => router.refresh(),
  });
  return (
    <button type="button" className="button ghost small" onClick={() => run.mutate()} disabled={run.isPending} aria-label={`${t('markRead')} : ${label}`}>
      {t('markRead')}
    </button>
  );
}

/** Marks every notification of the workspace read. */
export function MarkAllReadButton({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const run = useMutation({
    mutationFn: () => markAllNotificationsReadAction(workspaceId, { all: true }),
    onSuccess: () => router.refresh(),
  });
  return (
    <button type="button" className="button small" onClick={() => run.mutate()} disabled={run.isPending}>
      {t('markAllRead')}
    </button>
  );
}
