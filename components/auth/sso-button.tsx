'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { safeRedirectTarget } from '@/lib/auth/safe-redirect';

/** "Continue with ProConnect": single sign-on through the configured OpenID Connect provider. */
export function SsoButton({ providerId, name }: { providerId: string; name: string }) {
  const t = useTranslations('sso');
  const params = useSearchParams();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // Parsed with the URL API and kept only on our origin (next-auth's redirect callback checks it again).
        void signIn(providerId, { callbackUrl: safeRedirectTarget(params.get('callbackUrl'), window.location.origin) });
      }}
    >
      {t('button', { name })}
    </button>
  );
}
