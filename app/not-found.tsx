import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/shell/page-frame';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <PageFrame narrow bare>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </PageFrame>
  );
}
