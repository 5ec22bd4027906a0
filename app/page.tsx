import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { isFirstRun, listMyWorkspaces } from '@/lib/workspaces/queries';
import { PageFrame } from '@/components/shell/page-frame';

/** Entry: first-run setup, sign-in, or the person's first workspace. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect(isFirstRun(db) ? '/setup' : '/sign-in');
  const items = listMyWorkspaces(db, user.id);
  if (items[0]) redirect(`/${items[0].slug}`);
  const t = await getTranslations('home');
  return (
    <PageFrame narrow>
      <h1>{t('noWorkspaceTitle')}</h1>
      <p>{t('noWorkspaceBody')}</p>
      <p>
        <Link href="/workspaces/new" className="button primary">
          {t('createWorkspace')}
        </Link>
      </p>
    </PageFrame>
  );
}
