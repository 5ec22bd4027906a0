'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';

/** "Continue with ProConnect": single sign-on through the configured OpenID Connect provider. */
export function SsoButton({ providerId, name }: { providerId: string; name: string }) {
  const t = useTranslations('sso');
  const params = useSearchParams();
  const [pending, setPending] = useState(false);
  const callback = params.get('callbackUrl');
  // Only same-origin paths: never an open redirect.
  const callbackUrl = callback && callback.startsWith('/') && !callback.startsWith('//') ? callback : '/';
  return (
    <button
      type="button"
      className="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl });
      }}
    >
      {t('button', { name })}
    </button>
  );
}
