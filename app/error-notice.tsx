'use client';

import { useTranslations } from 'next-intl';

/** What an error boundary shows: a plain message and a retry, never a stack trace. */
export function ErrorNotice({ reset }: { reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <>
      <h1>{t('unexpectedTitle')}</h1>
      <p>{t('unexpectedBody')}</p>
      <button type="button" className="button primary" onClick={reset}>
        {t('retry')}
      </button>
    </>
  );
}
