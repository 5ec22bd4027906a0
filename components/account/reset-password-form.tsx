'use client';

import type { z } from 'zod';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ResetPasswordInput } from '@/lib/account/password-schemas';
import { resetPasswordAction } from '@/lib/account/password-actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
import { FormError, FormSuccess, SubmitRow } from '@/components/ui/field';

/** A new password through a one-time link; then the person signs in with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('accountSecurity');
  const [done, setDone] = useState(false);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { token, password: '', confirm: '' },
    action: (values: z.input<typeof ResetPasswordInput>) => resetPasswordAction(values),
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div className="stack">
        <FormSuccess message={t('resetDone')} />
        <p>
          <Link href="/sign-in">{t('backToSignIn')}</Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormError message={formError} />
      <NewPasswordFields
        form={form}
        ids={{ password: 'reset-password', confirm: 'reset-confirm' }}
        labels={{ password: t('newPassword'), confirm: t('confirm') }}
      />
      <SubmitRow disabled={mutation.isPending}>{t('resetSubmit')}</SubmitRow>
    </form>
  );
}
