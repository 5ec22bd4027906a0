import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/shell/page-frame';

/** The page of an address refused (403) or missing (404): its title, what it means, the way home. */
export async function StatusPage({ status }: { status: 'forbidden' | 'notFound' }) {
  const t = await getTranslations('errors');
  return (
    <PageFrame narrow bare>
      <h1>{t(`${status}Title`)}</h1>
      <p>{t(`${status}Body`)}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </PageFrame>
  );
}
