'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { ReturnCategory } from '@/db/enums/external-actions';
import type { ObservedReturnInput } from '@/lib/external-actions/schemas';
import { recordObservedReturnAction } from '@/lib/external-actions/actions';
import { useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useActionsMessage } from './use-message';
import { ReturnCategoryOptions } from './return-category-options';
import { Options } from '@/components/ui/options';

/**
 * Records a return seen afterwards. Choosing the expected return it answers sets its category,
 * since an answer belongs to the category of what was expected.
 */
export function ObservedReturnForm({
  workspaceId,
  actionId,
  expected,
}: {
  workspaceId: string;
  actionId: string;
  expected: { id: string; category: ReturnCategory; description: string }[];
}) {
  const t = useTranslations('externalActions');
  const message = useActionsMessage();
  const today = new Date().toISOString().slice(0, 10);
  const empty = { actionId, expectedReturnId: '', category: '' as ReturnCategory, description: '', evidence: '', observedOn: today, value: '' };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: z.input<typeof ObservedReturnInput>) => recordObservedReturnAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  const answers = form.register('expectedReturnId');
  return (
    <form onSubmit={onSubmit} noValidate className="ea-form stack subform">
      <h3>{t('observed.title')}</h3>
      <p className="hint">{t('observed.intro')}</p>
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="obs-answers" label={t('fields.answers')} error={err(errors.expectedReturnId)}>
          {(p) => (
            <select
              {...p}
              {...answers}
              onChange={(e) => {
                void answers.onChange(e);
                const chosen = expected.find((x) => x.id === e.target.value);
                if (chosen) form.setValue('category', chosen.category, { shouldValidate: form.formState.isSubmitted });
              }}
            >
              <Options
                empty={t('observed.unexpectedOption')}
                items={expected.map((x) => ({
                  value: x.id,
                  label: `${t(`returnCategories.${x.category}`)} — ${x.description.length > 80 ? `${x.description.slice(0, 79)}…` : x.description}`,
                }))}
              />
            </select>
          )}
        </Field>
        <Field id="obs-category" label={t('fields.category')} error={err(errors.category)} required>
          {(p) => (
            <select {...p} {...form.register('category')}>
              <ReturnCategoryOptions />
            </select>
          )}
        </Field>
      </div>
      <Field id="obs-description" label={t('fields.returnDescription')} error={err(errors.description)} required>
        {(p) => <textarea {...p} rows={2} {...form.register('description')} />}
      </Field>
      <Field id="obs-evidence" label={t('fields.evidence')} error={err(errors.evidence)} required>
        {(p) => <textarea {...p} rows={2} {...form.register('evidence')} />}
      </Field>
      <div className="grid-2">
        <Field id="obs-date" label={t('fields.observedOn')} error={err(errors.observedOn)} required>
          {(p) => <input {...p} type="date" {...form.register('observedOn')} />}
        </Field>
        <Field id="obs-value" label={t('fields.value')} error={err(errors.value)}>
          {(p) => <input {...p} type="text" autoComplete="off" {...form.register('value')} />}
        </Field>
      </div>
      <SubmitRow disabled={mutation.isPending} className="button" success={added ? t('observed.added') : null}>
        {t('observed.submit')}
      </SubmitRow>
    </form>
  );
}
