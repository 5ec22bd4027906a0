import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { isFirstRun } from '@/lib/workspaces/queries';
import { toLocale } from '@/lib/i18n/config';
import { PageFrame } from '@/components/shell/page-frame';
import { SetupForm } from '@/components/auth/setup-form';
import { pageTitle } from '@/lib/shell/page';
import { profileFormOptions } from '@/lib/shell/profile-options';

export const generateMetadata = pageTitle('setup', 'title');

/** Offered only while the installation has no account at all. */
export default async function SetupPage() {
  if (!isFirstRun(db)) redirect('/sign-in');
  const locale = toLocale(await getLocale());
  const t = await getTranslations('setup');
  return (
    <PageFrame narrow title={t('title')} lead={t('intro')}>
      <SetupForm {...profileFormOptions(locale)} />
    </PageFrame>
  );
}
