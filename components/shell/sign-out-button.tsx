'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

/** Ends the session and returns to the sign-in page. */
export function SignOutButton() {
  const t = useTranslations('shell');
  return (
    <button type="button" className="button ghost small" onClick={() => signOut({ callbackUrl: '/sign-in' })}>
      {t('signOut')}
    </button>
  );
}
