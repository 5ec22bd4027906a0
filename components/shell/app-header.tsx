import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { db } from '@/db/client';
import { listMyWorkspaces } from '@/lib/workspaces/queries';
import { LanguageSwitcher } from './language-switcher';
import { SignOutButton } from './sign-out-button';
import { WorkspaceSwitcher } from './workspace-switcher';

/** The banner: product name, workspace switcher, language, account and sign-out. */
export async function AppHeader({ user, currentSlug }: { user: { id: string; name: string } | null; currentSlug?: string }) {
  const t = await getTranslations('shell');
  const items = user ? listMyWorkspaces(db, user.id) : [];
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span aria-hidden="true" className="brand-mark" />
        Fil rouge
      </Link>
      {user ? <WorkspaceSwitcher items={items} current={currentSlug} /> : null}
      <div className="header-end">
        <LanguageSwitcher />
        {user ? (
          <>
            <Link href="/account" className="button ghost small">
              <span className="visually-hidden">{t('account')}: </span>
              {user.name}
            </Link>
            <SignOutButton />
          </>
        ) : null}
      </div>
    </header>
  );
}
