import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/shell/page-frame';

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return (
    <PageFrame narrow bare>
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </PageFrame>
  );
}
