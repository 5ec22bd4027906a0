'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { AccountInput } from '@/lib/workspaces/schemas';
import { updateAccountAction } from '@/lib/account/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';

/** The person's own name and preferred language. */
export function AccountForm({ initial }: { initial: { name: string; locale: 'fr' | 'en' } }) {
  const t = useTranslations('account');
  const tl = useTranslations('language');
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: initial,
    action: (values: z.input<typeof AccountInput>) => updateAccountAction(values),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormError message={formError} />
      <Field id="account-name" label={t('name')} error={errors.name?.message} required>
        {(p) => <input {...p} type="text" autoComplete="name" {...form.register('name')} />}
      </Field>
      <Field id="account-locale" label={t('locale')} error={errors.locale?.message}>
        {(p) => (
          <select {...p} {...form.register('locale')}>
            <option value="fr">{tl('fr')}</option>
            <option value="en">{tl('en')}</option>
          </select>
        )}
      </Field>
      <SubmitRow disabled={mutation.isPending} success={saved ? t('saved') : null}>
        {t('save')}
      </SubmitRow>
    </form>
  );
}
