'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { UpdateAxisInput } from '@/lib/strategy/schemas';
import { createAxisAction, updateAxisAction } from '@/lib/strategy/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { useStrategyMessage } from './use-strategy-message';

/** Creates an axis, or edits one when `axis` is given. Objectives are written one per line. */
export function AxisForm({ workspaceId, axis }: { workspaceId: string; axis?: { id: string; title: string; objectives: string[]; version: number } }) {
  const t = useTranslations('strategy');
  const message = useStrategyMessage();
  const empty = { title: '', objectives: '' };
  const { form, mutation, onSubmit, formError, versioning, saved } = useSavedForm({
    defaultValues: axis ? { axisId: axis.id, title: axis.title, objectives: axis.objectives.join('\n') } : (empty as never),
    version: axis?.version,
    action: (values: z.input<typeof UpdateAxisInput>, version) =>
      (axis ? updateAxisAction(workspaceId, { ...values, version }) : createAxisAction(workspaceId, values)) as never,
    reset: !axis,
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  const prefix = axis ? 'axis-edit' : 'axis-new';
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormError message={message(formError)} />
      {axis ? <ConflictPanel versioning={versioning} labels={{ title: t('fields.axisTitle'), objectives: t('fields.objectives') }} /> : null}
      <Field id={`${prefix}-title`} label={t('fields.axisTitle')} error={err(errors.title)} required>
        {(p) => <input {...p} type="text" autoComplete="off" {...form.register('title')} />}
      </Field>
      <Field id={`${prefix}-objectives`} label={t('fields.objectives')} hint={t('hints.lines')} error={err(errors.objectives)} required>
        {(p) => <textarea {...p} rows={3} {...form.register('objectives')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} success={saved ? (axis ? t('axisSaved') : t('axisCreated')) : null}>
        {axis ? t('saveAxis') : t('createAxis')}
      </SubmitRow>
    </form>
  );
}
