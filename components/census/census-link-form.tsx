'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { createCensusLinkAction } from '@/lib/census/actions';
import type { CensusLinkInput } from '@/lib/census/schemas';
import { useCensusMessage } from './use-census-message';

/** Opens a new public questionnaire link: a title shown to respondents and an optional closing day. */
export function CensusLinkForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations('census.links');
  const tc = useCensusMessage();
  const router = useRouter();
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { title: '', closesAt: '' },
    action: (values: z.input<typeof CensusLinkInput>) => createCensusLinkAction(workspaceId, values),
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormError message={tc(formError)} />
      <Field id="census-link-title" label={t('titleLabel')} hint={t('titleHint')} error={tc(errors.title?.message)} required>
        {(p) => <input {...p} type="text" autoComplete="off" {...form.register('title')} />}
      </Field>
      <Field id="census-link-closes" label={t('closesAt')} hint={t('closesAtHint')} error={tc(errors.closesAt?.message)}>
        {(p) => <input {...p} type="date" {...form.register('closesAt')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending}>{t('create')}</SubmitRow>
    </form>
  );
}
