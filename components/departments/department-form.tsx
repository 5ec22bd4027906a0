'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { DepartmentInput, DepartmentFormValues } from '@/lib/departments/schemas';
import { createDepartmentAction, updateDepartmentAction } from '@/lib/departments/actions';
import type { ActionResult } from '@/lib/errors';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { useActionsMessage } from '@/components/external-actions/use-message';
import { Select, namedItems } from '@/components/ui/select-field';

export type DepartmentFormOptions = {
  members: { id: string; name: string }[];
  actors: { id: string; name: string }[];
  languages: { code: string; name: string }[];
  /** A contributor edits their department's record but does not hand it over. */
  pointPersonLocked: boolean;
};

const EMPTY: DepartmentFormValues = { name: '', description: '', pointPersonUserId: '', pointPersonActorId: '', languages: ['fr'] };

/** Creates or edits a department's record. */
export function DepartmentForm({
  workspaceId,
  slug,
  options,
  department,
}: {
  workspaceId: string;
  slug: string;
  options: DepartmentFormOptions;
  department?: DepartmentFormValues & { id: string; version: number };
}) {
  const t = useTranslations('departments');
  const router = useRouter();
  const message = useActionsMessage();
  const { form, mutation, onSubmit, formError, versioning } = useActionForm({
    defaultValues: department ?? EMPTY,
    version: department?.version,
    action: (values: z.input<typeof DepartmentInput>, version): Promise<ActionResult<unknown>> =>
      department ? updateDepartmentAction(workspaceId, { ...values, id: department.id, version }) : createDepartmentAction(workspaceId, values),
    onSuccess: (data) => {
      const id = department?.id ?? (data as { id: string }).id;
      router.push(`/${slug}/actions/departments/${id}`);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="ea-form stack form-wide">
      <FormError message={message(formError)} />
      {department ? (
        <ConflictPanel
          versioning={versioning}
          fields={[
            { name: 'name', label: t('fields.name') },
            { name: 'description', label: t('fields.description') },
            { name: 'pointPersonUserId', label: t('fields.pointPerson'), format: (v) => options.members.find((m) => m.id === v)?.name ?? '' },
            { name: 'pointPersonActorId', label: t('fields.pointPersonActor'), format: (v) => options.actors.find((a) => a.id === v)?.name ?? '' },
            {
              name: 'languages',
              label: t('fields.languages'),
              format: (v) =>
                [v ?? []]
                  .flat()
                  .map((code) => options.languages.find((l) => l.code === code)?.name ?? String(code))
                  .join(', '),
            },
          ]}
        />
      ) : null}
      <Field id="dep-name" label={t('fields.name')} error={err(errors.name)} required>
        {(p) => <input {...p} type="text" autoComplete="off" {...form.register('name')} />}
      </Field>
      <Field id="dep-description" label={t('fields.description')} error={err(errors.description)}>
        {(p) => <textarea {...p} rows={3} {...form.register('description')} />}
      </Field>
      {options.pointPersonLocked ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('fields.pointPerson')}</dt>
              <dd>{options.members.find((m) => m.id === department?.pointPersonUserId)?.name ?? t('fields.noPointPerson')}</dd>
            </div>
            <div>
              <dt>{t('fields.pointPersonActor')}</dt>
              <dd>{options.actors.find((a) => a.id === department?.pointPersonActorId)?.name ?? t('fields.noPointPerson')}</dd>
            </div>
          </dl>
          <p className="hint">{t('pointPersonLockedHint')}</p>
        </>
      ) : (
        <div className="grid-2">
          <Field id="dep-point-person" label={t('fields.pointPerson')} hint={t('fields.pointPersonHint')} error={err(errors.pointPersonUserId)}>
            {(p) => <Select {...p} field={form.register('pointPersonUserId')} empty={t('fields.noPointPerson')} items={namedItems(options.members)} />}
          </Field>
          <Field id="dep-point-actor" label={t('fields.pointPersonActor')} error={err(errors.pointPersonActorId)}>
            {(p) => <Select {...p} field={form.register('pointPersonActorId')} empty={t('fields.noPointPerson')} items={namedItems(options.actors)} />}
          </Field>
        </div>
      )}
      <fieldset className="stack">
        <legend>{t('fields.languages')}</legend>
        <div className="checkbox-grid">
          {options.languages.map((l) => (
            <label key={l.code} className="checkbox">
              <input type="checkbox" value={l.code} {...form.register('languages')} />
              {l.name}
            </label>
          ))}
        </div>
        {errors.languages ? <p className="field-error">{err(errors.languages as { message?: string })}</p> : null}
      </fieldset>
      <SubmitRow disabled={mutation.isPending}>{department ? t('save') : t('create')}</SubmitRow>
    </form>
  );
}
