'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { eraseOwnAccountAction } from '@/lib/privacy/actions';
import { Field, FormError, SubmitRow } from '@/components/ui/field';

/** Erases the signed-in person's own account, once they type their email to confirm. */
export function EraseAccountForm({ email, userId }: { email: string; userId: string }) {
  const t = useTranslations('privacy');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await eraseOwnAccountAction({ confirmEmail: value });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      // What this browser kept of the person's documents goes with the account.
      const { forgetLocalCopies } = await import('@/lib/collab/local-copy');
      await forgetLocalCopies(userId);
      await signOut({ callbackUrl: '/sign-in?erased=1' });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormError message={error} />
      <Field id="erase-confirm" label={t('confirmLabel', { email })} hint={t('confirmHint')} required>
        {(p) => <input {...p} type="email" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <SubmitRow disabled={pending || value.trim().toLowerCase() !== email} className="button danger">
        {t('eraseOwn')}
      </SubmitRow>
    </form>
  );
}
