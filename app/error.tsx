'use client';

import { useTranslations } from 'next-intl';

/** Unexpected errors: a plain message and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main id="main" className="page narrow">
      <h1>{t('unexpectedTitle')}</h1>
      <p>{t('unexpectedBody')}</p>
      <button type="button" className="button primary" onClick={reset}>
        {t('retry')}
      </button>
    </main>
  );
}
