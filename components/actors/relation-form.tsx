'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { RELATION_TYPES } from '@/db/enums/actors';
import type { RelationInput } from '@/lib/actors/schemas';
import { createRelationAction } from '@/lib/actors/actions';
import { useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { Select, enumItems, namedItems } from '@/components/ui/select-field';

/** Adds a relation from this actor to another one of the workspace. */
export function RelationForm({ workspaceId, sourceId, options }: { workspaceId: string; sourceId: string; options: { id: string; name: string }[] }) {
  const t = useTranslations('actors');
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: { sourceId, targetId: '', type: 'partnership', directed: false, strength: 3, startDate: '', endDate: '', notes: '' },
    action: (values: z.input<typeof RelationInput>) => createRelationAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform">
      <h3>{t('relation.add')}</h3>
      <FormError message={formError} />
      <div className="grid-2">
        <Field id="rel-target" label={t('relation.other')} error={errors.targetId?.message} required>
          {(p) => <Select {...p} field={form.register('targetId')} empty={t('relation.chooseActor')} items={namedItems(options)} />}
        </Field>
        <Field id="rel-type" label={t('relation.type')} error={errors.type?.message} required>
          {(p) => <Select {...p} field={form.register('type')} items={enumItems(RELATION_TYPES, (type) => t(`relationTypes.${type}`))} />}
        </Field>
        <Field id="rel-strength" label={t('relation.strength')} error={errors.strength?.message}>
          {(p) => <Select {...p} field={form.register('strength')} items={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))} />}
        </Field>
        <Field id="rel-start" label={t('relation.startDate')} error={errors.startDate?.message}>
          {(p) => <input {...p} type="date" {...form.register('startDate')} />}
        </Field>
        <Field id="rel-end" label={t('relation.endDate')} error={errors.endDate?.message}>
          {(p) => <input {...p} type="date" {...form.register('endDate')} />}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" {...form.register('directed')} />
        {t('relation.directed')}
      </label>
      <Field id="rel-notes" label={t('relation.notes')} error={errors.notes?.message}>
        {(p) => <textarea {...p} rows={2} {...form.register('notes')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} className="button" success={added ? t('relation.added') : null}>
        {t('relation.submit')}
      </SubmitRow>
    </form>
  );
}
