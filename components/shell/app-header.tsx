import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { loadHeader } from '@/lib/shell/header';
import { LanguageSwitcher } from './language-switcher';
import { SignOutButton } from './sign-out-button';
import { WorkspaceSwitcher } from './workspace-switcher';

/** The header's link to the notifications of this workspace, with the unread count. */
async function NotificationsLink({ unread, slug }: { unread: number | null; slug: string }) {
  if (unread === null) return null;
  const t = await getTranslations('notifications');
  return (
    <Link href={`/${slug}/notifications`} className="button ghost small notifications-link" aria-label={t('headerUnread', { count: unread })}>
      {t('headerLink')}
      {/* A space between the word and the count: axe compares the visible text "Notifications 3" with the name. */}
      {unread > 0 ? ' ' : null}
      {unread > 0 ? (
        <span className="badge" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}

/** The banner: product name, workspace switcher, language, account and sign-out. */
export async function AppHeader({ user, currentSlug }: { user: { id: string; name: string } | null; currentSlug?: string }) {
  const t = await getTranslations('shell');
  const header = user ? loadHeader(user.id, currentSlug) : null;
  const items = header?.workspaces ?? [];
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span aria-hidden="true" className="brand-mark" />
        Fil rouge
      </Link>
      {user ? <WorkspaceSwitcher items={items} current={currentSlug} /> : null}
      <div className="header-end">
        <LanguageSwitcher />
        {user && currentSlug ? <NotificationsLink unread={header?.unread ?? null} slug={currentSlug} /> : null}
        {user ? (
          <>
            <Link href="/account" className="button ghost small">
              <span className="visually-hidden">{t('account')}: </span>
              {user.name}
            </Link>
            <SignOutButton userId={user.id} />
          </>
        ) : null}
      </div>
    </header>
  );
}
