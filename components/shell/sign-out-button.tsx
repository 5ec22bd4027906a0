'use client';

import { useTranslations } from 'next-intl';

/**
 * Ends the session and returns to the sign-in page, after deleting this person's local copies of
 * documents. The button is in every page's header: what the click needs (next-auth's client and the
 * IndexedDB clean-up) loads on the click, not with the page.
 */
export function SignOutButton({ userId }: { userId: string }) {
  const t = useTranslations('shell');
  return (
    <button
      type="button"
      className="button ghost small"
      onClick={async () => {
        const [{ forgetLocalCopies }, { signOut }] = await Promise.all([import('@/lib/collab/local-copy'), import('next-auth/react')]);
        await forgetLocalCopies(userId);
        await signOut({ callbackUrl: '/sign-in' });
      }}
    >
      {t('signOut')}
    </button>
  );
}
