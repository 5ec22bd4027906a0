import { db } from '@/db/client';
import { listNotifications } from '@/lib/notifications/queries';
import { notificationText } from '@/lib/notifications/render';
import { NotificationsPage as PageQuery } from '@/lib/notifications/schemas';
import { sweepOverdueIndicators } from '@/lib/notifications/sweep';
import { MarkAllReadButton, MarkReadButton, NotificationLink } from '@/components/notifications/notification-actions';
import { formatMoment } from '@/lib/format/dates';
import { Pagination } from '@/components/ui/pagination';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageTitle('notifications', 'title');

/** The caller's notifications in this workspace, newest first, a page at a time. */
export default async function NotificationsPage({ params, searchParams }: Props) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'notifications.read', 'notifications');
  // Late indicators are noticed here too, not only by the server's hourly sweep.
  db.transaction((tx) => sweepOverdueIndicators(tx, undefined, ctx.workspaceId));
  const { page } = PageQuery.parse({ page: (await searchParams).page });
  const list = listNotifications(db, ctx, { page });
  const href = (p: number) => `/${slug}/notifications${p > 1 ? `?page=${p}` : ''}`;
  return (
    <div className="page">
      <div className="toolbar">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
        </div>
        {list.unread > 0 ? <MarkAllReadButton workspaceId={ctx.workspaceId} /> : null}
      </div>
      <p role="status" className="notifications-unread">
        {t('unread', { count: list.unread })}
      </p>
      {list.items.length === 0 ? (
        <p className="card">{t('empty')}</p>
      ) : (
        <ul className="plain-list notifications-list" aria-label={t('listLabel')}>
          {list.items.map((n) => {
            const text = notificationText(locale, n);
            const unread = !n.readAt;
            return (
              <li key={n.id} className={unread ? 'row notification unread' : 'row notification'}>
                <div>
                  {unread ? <span className="badge">{t('new')}</span> : null}{' '}
                  <NotificationLink workspaceId={ctx.workspaceId} id={n.id} href={`/${slug}${n.href}`} unread={unread}>
                    {text}
                  </NotificationLink>
                  <br />
                  <span className="muted">{formatMoment(format, n.createdAt)}</span>
                </div>
                {unread ? <MarkReadButton workspaceId={ctx.workspaceId} id={n.id} label={text} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination
        page={list.page}
        pages={list.pages}
        href={href}
        label={t('pagination')}
        status={t('page', { page: list.page, pages: list.pages })}
        previous={t('previous')}
        next={t('next')}
      />
    </div>
  );
}
