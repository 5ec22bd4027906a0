import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/page-guard';
import { PageFrame } from '@/components/shell/page-frame';
import { AccountForm } from '@/components/shell/account-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  const user = await requirePageUser();
  const t = await getTranslations('account');
  return (
    <PageFrame narrow>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', { email: user.email })}</p>
      <AccountForm initial={{ name: user.name, locale: user.locale }} />
    </PageFrame>
  );
}
