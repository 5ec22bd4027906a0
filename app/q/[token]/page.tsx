import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { findPublicCensusLink } from '@/lib/census/queries';
import { countryOptions } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { PageFrame } from '@/components/shell/page-frame';
import { CensusForm } from '@/components/census/census-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('census.public'))('title'), robots: { index: false, follow: false } };
}

/**
 * The public census questionnaire, without an account. Only the authority's name and the
 * questionnaire's title are shown; a closed, expired or unknown link says so and nothing more.
 */
export default async function PublicCensusPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('census.public');
  const link = findPublicCensusLink(db, token);
  // An unknown link answers 404 (./not-found.tsx says so in the census's words); closed and expired
  // links are real links whose page explains their state.
  if (link.status === 'unknown') notFound();
  if (link.status !== 'open') {
    return (
      <PageFrame narrow>
        <h1>{t('title')}</h1>
        <p className="notice" role="status">
          {t(`status_${link.status}`, { authority: link.authorityName })}
        </p>
      </PageFrame>
    );
  }
  const locale = toLocale(await getLocale());
  return (
    <PageFrame>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', { authority: link.authorityName })}</p>
      <p>
        <strong>{link.title}</strong>
      </p>
      <CensusForm token={token} authorityName={link.authorityName} countries={countryOptions(locale)} />
    </PageFrame>
  );
}
