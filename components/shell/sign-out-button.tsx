'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { forgetLocalCopies } from '@/lib/collab/local-copy';

/** Ends the session and returns to the sign-in page, after deleting this person's local copies of documents. */
export function SignOutButton({ userId }: { userId: string }) {
  const t = useTranslations('shell');
  return (
    <button
      type="button"
      className="button ghost small"
      onClick={async () => {
        await forgetLocalCopies(userId);
        await signOut({ callbackUrl: '/sign-in' });
      }}
    >
      {t('signOut')}
    </button>
  );
}
