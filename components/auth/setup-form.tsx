'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { SetupInput } from '@/lib/workspaces/schemas';
import { setupAction } from '@/lib/account/actions';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import { useAccountCreatingForm } from './use-sign-in-and-open';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
import { WorkspaceFields, type Option } from '@/components/workspaces/workspace-fields';

/** First run without demo data: the first admin's account and their authority's workspace. */
export function SetupForm({ countries, languages }: { countries: Option[]; languages: Option[] }) {
  const t = useTranslations('setup');
  const { form, mutation, onSubmit, formError } = useAccountCreatingForm({
    defaultValues: {
      name: '',
      slug: '',
      level: 'commune',
      country: 'FR',
      population: '',
      languages: ['fr'],
      adminName: '',
      adminEmail: '',
      password: '',
      confirm: '',
    },
    action: (values: z.input<typeof SetupInput>) => setupAction(values),
    workspaceSlug: (data) => data.slug,
  });
  const errors = form.formState.errors;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormError message={formError} />
      <fieldset className="stack">
        <legend>{t('adminLegend')}</legend>
        <Field id="admin-name" label={t('adminName')} error={errors.adminName?.message} required>
          {(p) => <input {...p} type="text" autoComplete="name" {...form.register('adminName')} />}
        </Field>
        <Field id="admin-email" label={t('adminEmail')} error={errors.adminEmail?.message} required>
          {(p) => <input {...p} type="email" autoComplete="username" {...form.register('adminEmail')} />}
        </Field>
        <NewPasswordFields form={form} labels={{ password: t('password'), hint: t('passwordHint'), confirm: t('confirm') }} />
      </fieldset>
      <fieldset className="stack">
        <legend>{t('workspaceLegend')}</legend>
        <WorkspaceFields register={form.register as never} errors={errors} countries={countries} languages={languages} withSlug />
      </fieldset>
      <SubmitButton pending={mutation.isPending}>{t('submit')}</SubmitButton>
    </form>
  );
}
