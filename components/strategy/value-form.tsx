'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { IndicatorValueInput } from '@/lib/strategy/schemas';
import { recordIndicatorValueAction } from '@/lib/strategy/actions';
import { useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useRoundsMessage } from './use-rounds-message';

/** Records an observed value of an indicator: date, value, and where the figure comes from. */
export function ValueForm({ workspaceId, indicatorId, unit }: { workspaceId: string; indicatorId: string; unit: string }) {
  const t = useTranslations('strategy');
  const message = useRoundsMessage();
  const tr = useTranslations('rounds');
  const today = new Date().toISOString().slice(0, 10);
  const empty = { indicatorId, observedOn: today, value: '', source: '', comment: '' };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: z.input<typeof IndicatorValueInput>) => recordIndicatorValueAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform">
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="value-date" label={t('fields.observedOn')} error={err(errors.observedOn)} required>
          {(p) => <input {...p} type="date" {...form.register('observedOn')} />}
        </Field>
        <Field id="value-value" label={t('fields.value', { unit })} error={err(errors.value)} required>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('value')} />}
        </Field>
      </div>
      <Field id="value-source" label={t('fields.source')} hint={t('hints.source')} error={err(errors.source)} required>
        {(p) => <input {...p} type="text" autoComplete="off" {...form.register('source')} />}
      </Field>
      <Field id="value-comment" label={tr('term.comment')} error={err(errors.comment)}>
        {(p) => <textarea {...p} rows={2} maxLength={1000} {...form.register('comment')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} success={added ? t('values.added') : null}>
        {t('values.submit')}
      </SubmitRow>
    </form>
  );
}
