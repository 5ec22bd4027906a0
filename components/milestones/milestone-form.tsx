'use client';

import { useTranslations } from 'next-intl';
import { MILESTONE_KINDS } from '@/db/enums/milestones';
import type { MilestoneFormValues } from '@/lib/milestones/schemas';
import { createMilestoneAction } from '@/lib/milestones/actions';
import { useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useMilestonesMessage } from './use-message';
import { Select, enumItems } from '@/components/ui/select-field';

/** Records a dated step of an action: its kind, an optional label, the planned day and, if already done, the day it was done. */
export function MilestoneForm({ workspaceId, actionId }: { workspaceId: string; actionId: string }) {
  const t = useTranslations('milestones');
  const message = useMilestonesMessage();
  const empty: MilestoneFormValues = { actionId, kind: '' as MilestoneFormValues['kind'], label: '', dueOn: '', doneOn: '' };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: MilestoneFormValues) => createMilestoneAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform" aria-labelledby="milestone-form-h">
      <h3 id="milestone-form-h">{t('form.title')}</h3>
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="ms-kind" label={t('fields.kind')} error={err(errors.kind)} required>
          {(p) => <Select {...p} field={form.register('kind')} empty={t('form.chooseKind')} items={enumItems(MILESTONE_KINDS, (k) => t(`kinds.${k}`))} />}
        </Field>
        <Field id="ms-label" label={t('fields.label')} hint={t('form.labelHint')} error={err(errors.label)}>
          {(p) => <input {...p} type="text" maxLength={200} autoComplete="off" {...form.register('label')} />}
        </Field>
      </div>
      <div className="grid-2">
        <Field id="ms-due" label={t('fields.dueOn')} error={err(errors.dueOn)} required>
          {(p) => <input {...p} type="date" {...form.register('dueOn')} />}
        </Field>
        <Field id="ms-done" label={t('fields.doneOn')} hint={t('form.doneHint')} error={err(errors.doneOn)}>
          {(p) => <input {...p} type="date" {...form.register('doneOn')} />}
        </Field>
      </div>
      <SubmitRow disabled={mutation.isPending} className="button" success={added ? t('form.added') : null}>
        {t('form.submit')}
      </SubmitRow>
    </form>
  );
}
