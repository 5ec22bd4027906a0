'use client';

import { useTranslations } from 'next-intl';
import { INSTALMENT_CONDITIONS } from '@/db/enums/co-financing';
import type { InstalmentFormValues } from '@/lib/co-financing/schemas';
import { createInstalmentAction } from '@/lib/co-financing/actions';
import { useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useCoFinancingMessage } from './use-message';
import { Select, enumItems } from '@/components/ui/select-field';

/** Adds an instalment to a funding line: amount, condition, the day it is due and the day it came. */
export function InstalmentForm({ workspaceId, lineId, name }: { workspaceId: string; lineId: string; name: string }) {
  const t = useTranslations('coFinancing');
  const message = useCoFinancingMessage();
  const empty: InstalmentFormValues = { lineId, amount: '', condition: 'none', dueOn: '', receivedOn: '' };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: InstalmentFormValues) => createInstalmentAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  const prefix = `inst-${lineId.slice(0, 8)}`;
  return (
    <details className="subform">
      <summary>{t('instalmentForm.title', { name })}</summary>
      <form onSubmit={onSubmit} noValidate className="stack" aria-label={t('instalmentForm.title', { name })}>
        <FormError message={message(formError)} />
        <div className="grid-2">
          <Field id={`${prefix}-amount`} label={t('fields.amount')} error={err(errors.amount)} required>
            {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('amount')} />}
          </Field>
          <Field id={`${prefix}-condition`} label={t('fields.condition')} error={err(errors.condition)} required>
            {(p) => <Select {...p} field={form.register('condition')} items={enumItems(INSTALMENT_CONDITIONS, (c) => t(`conditions.${c}`))} />}
          </Field>
          <Field id={`${prefix}-due`} label={t('fields.dueOn')} error={err(errors.dueOn)}>
            {(p) => <input {...p} type="date" {...form.register('dueOn')} />}
          </Field>
          <Field id={`${prefix}-received`} label={t('fields.receivedOn')} error={err(errors.receivedOn)}>
            {(p) => <input {...p} type="date" {...form.register('receivedOn')} />}
          </Field>
        </div>
        <SubmitRow disabled={mutation.isPending} className="button small" success={added ? t('instalmentForm.added') : null}>
          {t('instalmentForm.submit')}
        </SubmitRow>
      </form>
    </details>
  );
}
