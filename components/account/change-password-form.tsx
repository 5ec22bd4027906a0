'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ChangePasswordInput } from '@/lib/account/password-schemas';
import { changePasswordAction } from '@/lib/account/password-actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';

/** Change of one's own password: the current one, the new one twice. Other sessions end; this one stays. */
export function ChangePasswordForm() {
  const t = useTranslations('accountSecurity');
  const [saved, setSaved] = useState(false);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { current: '', password: '', confirm: '' },
    action: (values: z.input<typeof ChangePasswordInput>) => {
      setSaved(false);
      return changePasswordAction(values);
    },
    onSuccess: () => {
      form.reset({ current: '', password: '', confirm: '' });
      setSaved(true);
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormError message={formError} />
      <Field id="password-current" label={t('current')} error={errors.current?.message} required>
        {(p) => <input {...p} type="password" autoComplete="current-password" {...form.register('current')} />}
      </Field>
      <Field id="password-new" label={t('newPassword')} error={errors.password?.message} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" minLength={12} maxLength={200} {...form.register('password')} />}
      </Field>
      <Field id="password-confirm" label={t('confirm')} error={errors.confirm?.message} required>
        {(p) => <input {...p} type="password" autoComplete="new-password" maxLength={200} {...form.register('confirm')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} success={saved ? t('changed') : null}>
        {t('change')}
      </SubmitRow>
    </form>
  );
}
