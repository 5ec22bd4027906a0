import { getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/shell/page-frame';

/** An unknown questionnaire link: 404, with the census's own message and nothing about any authority. */
export default async function UnknownCensusLink() {
  const t = await getTranslations('census.public');
  return (
    <PageFrame narrow>
      <h1>{t('title')}</h1>
      <p className="notice" role="status">
        {t('status_unknown')}
      </p>
    </PageFrame>
  );
}
