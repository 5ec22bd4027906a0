'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RequestPasswordResetInput } from '@/lib/account/password-schemas';
import { requestPasswordResetAction } from '@/lib/account/password-actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';

/** "Forgot your password?": the same answer whether the address has an account or not. */
export function ForgotPasswordForm() {
  const t = useTranslations('accountSecurity');
  const [sent, setSent] = useState(false);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { email: '' },
    action: (values: z.input<typeof RequestPasswordResetInput>) => requestPasswordResetAction(values),
    onSuccess: () => setSent(true),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormError message={formError} />
      <Field id="forgot-email" label={t('forgotEmail')} error={errors.email?.message} required>
        {(p) => <input {...p} type="email" autoComplete="username" maxLength={254} {...form.register('email')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} success={sent ? t('forgotSent') : null}>
        {t('forgotSubmit')}
      </SubmitRow>
    </form>
  );
}
