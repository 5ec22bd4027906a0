'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { signOutEverywhereAction } from '@/lib/account/password-actions';
import { FormError } from '@/components/ui/field';

/** Ends every session of the account (the generation is raised), then this one's cookie. */
export function SignOutEverywhereButton() {
  const t = useTranslations('accountSecurity');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="stack">
      <FormError message={error} />
      <div className="actions">
        <button
          type="button"
          className="button danger"
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const result = await signOutEverywhereAction({ confirm: true });
            if (!result.ok) {
              setPending(false);
              setError(result.message);
              return;
            }
            await signOut({ callbackUrl: '/sign-in' });
          }}
        >
          {t('signOutEverywhere')}
        </button>
      </div>
    </div>
  );
}
