'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ChangePasswordInput } from '@/lib/account/password-schemas';
import { changePasswordAction } from '@/lib/account/password-actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
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
      <NewPasswordFields
        form={form}
        ids={{ password: 'password-new', confirm: 'password-confirm' }}
        labels={{ password: t('newPassword'), confirm: t('confirm') }}
      />
      <SubmitRow disabled={mutation.isPending} success={saved ? t('changed') : null}>
        {t('change')}
      </SubmitRow>
    </form>
  );
}
