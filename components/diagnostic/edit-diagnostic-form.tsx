'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { UpdateDiagnosticInput } from '@/lib/diagnostic/schemas';
import { updateDiagnosticAction } from '@/lib/diagnostic/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { useDiagnosticMessage } from './use-diagnostic-message';

/** Renames or re-dates a diagnostic in progress. */
export function EditDiagnosticForm({ workspaceId, initial }: { workspaceId: string; initial: UpdateDiagnosticInput }) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const { form, mutation, onSubmit, formError, versioning, saved } = useSavedForm({
    defaultValues: initial,
    version: initial.version,
    action: (values: z.input<typeof UpdateDiagnosticInput>, version) => updateDiagnosticAction(workspaceId, { ...values, version }),
  });
  const errors = form.formState.errors;
  return (
    <details className="no-print">
      <summary className="button ghost small">{t('edit')}</summary>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow card">
        <FormError message={tr(formError)} />
        <ConflictPanel versioning={versioning} labels={{ title: t('fields.title'), heldOn: t('fields.heldOn') }} />
        <Field id="edit-title" label={t('fields.title')} error={tr(errors.title?.message)} required>
          {(p) => <input {...p} type="text" {...form.register('title')} />}
        </Field>
        <Field id="edit-held-on" label={t('fields.heldOn')} error={tr(errors.heldOn?.message)} required>
          {(p) => <input {...p} type="date" {...form.register('heldOn')} />}
        </Field>
        <SubmitRow disabled={mutation.isPending} className="button primary small" success={saved ? t('editSaved') : null}>
          {t('saveEdit')}
        </SubmitRow>
      </form>
    </details>
  );
}
