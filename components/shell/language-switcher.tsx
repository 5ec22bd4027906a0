'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocaleAction } from '@/lib/account/actions';
import { LOCALES } from '@/lib/i18n/config';

/** Two buttons, French and English; the choice is saved on the account and in a cookie. */
export function LanguageSwitcher() {
  const t = useTranslations('language');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="language-switcher" role="group" aria-label={t('label')}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="button ghost small"
          aria-pressed={locale === code}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocaleAction(code);
              router.refresh();
            })
          }
        >
          {t(code)}
        </button>
      ))}
    </div>
  );
}
