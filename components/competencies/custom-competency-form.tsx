'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { COMPETENCY_DOMAINS, COMPETENCY_NATURES } from '@/db/enums/competencies';
import type { CustomCompetencyInput, CustomCompetencyFormValues } from '@/lib/competencies/schemas';
import { createCompetencyAction, updateCompetencyAction } from '@/lib/competencies/actions';
import type { ActionResult } from '@/lib/errors';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useActionsMessage } from '@/components/external-actions/use-message';
import { Select, enumItems } from '@/components/ui/select-field';

const EMPTY: CustomCompetencyFormValues = { title: '', domain: 'external', nature: 'optional', reference: '', note: '' };

/** Adds one of the workspace's own competencies, or edits it (`competency` given). */
export function CustomCompetencyForm({ workspaceId, competency }: { workspaceId: string; competency?: CustomCompetencyFormValues & { id: string } }) {
  const t = useTranslations('competencies');
  const message = useActionsMessage();
  const prefix = competency ? `cc-${competency.id}` : 'cc-new';
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: competency ?? EMPTY,
    action: (values: z.input<typeof CustomCompetencyInput>): Promise<ActionResult<unknown>> =>
      competency ? updateCompetencyAction(workspaceId, { ...values, id: competency.id }) : createCompetencyAction(workspaceId, values),
    reset: !competency,
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="ea-form stack">
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id={`${prefix}-title`} label={t('fields.title')} error={err(errors.title)} required>
          {(p) => <input {...p} type="text" autoComplete="off" {...form.register('title')} />}
        </Field>
        <Field id={`${prefix}-domain`} label={t('fields.domain')} error={err(errors.domain)} required>
          {(p) => <Select {...p} field={form.register('domain')} items={enumItems(COMPETENCY_DOMAINS, (d) => t(`domains.${d}`))} />}
        </Field>
        <Field id={`${prefix}-nature`} label={t('fields.nature')} error={err(errors.nature)} required>
          {(p) => <Select {...p} field={form.register('nature')} items={enumItems(COMPETENCY_NATURES, (n) => t(`natures.${n}`))} />}
        </Field>
        <Field id={`${prefix}-reference`} label={t('fields.reference')} hint={t('fields.referenceHint')} error={err(errors.reference)}>
          {(p) => <input {...p} type="text" autoComplete="off" {...form.register('reference')} />}
        </Field>
      </div>
      <Field id={`${prefix}-note`} label={t('fields.note')} error={err(errors.note)}>
        {(p) => <textarea {...p} rows={2} {...form.register('note')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} className="button" success={saved ? (competency ? t('saved') : t('added')) : null}>
        {competency ? t('saveItem') : t('addSubmit')}
      </SubmitRow>
    </form>
  );
}
