'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { DiagnosticInput } from '@/lib/diagnostic/schemas';
import { createDiagnosticAction } from '@/lib/diagnostic/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useDiagnosticMessage } from './use-diagnostic-message';

/** Starts a new diagnostic, then opens it. */
export function CreateDiagnosticForm({ workspaceId, slug, defaults }: { workspaceId: string; slug: string; defaults: DiagnosticInput }) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const router = useRouter();
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: defaults,
    action: (values: z.input<typeof DiagnosticInput>) => createDiagnosticAction(workspaceId, values),
    onSuccess: (data) => router.push(`/${slug}/diagnostic/${data.id}`),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormError message={tr(formError)} />
      <Field id="diagnostic-title" label={t('fields.title')} error={tr(errors.title?.message)} required>
        {(p) => <input {...p} type="text" {...form.register('title')} />}
      </Field>
      <Field id="diagnostic-held-on" label={t('fields.heldOn')} hint={t('fields.heldOnHint')} error={tr(errors.heldOn?.message)} required>
        {(p) => <input {...p} type="date" {...form.register('heldOn')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending}>{mutation.isPending ? t('creating') : t('create')}</SubmitRow>
    </form>
  );
}
