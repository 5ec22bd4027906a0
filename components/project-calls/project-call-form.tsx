'use client';

import { useTranslations } from 'next-intl';
import type { ProjectCallFormValues } from '@/lib/project-calls/schemas';
import { createProjectCallAction } from '@/lib/project-calls/actions';
import { useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useDomainMessage } from '@/components/ui/use-domain-message';
import { Select } from '@/components/ui/select-field';

/** Records a call for projects: title, funder, deadline, link and, optionally, the action it would fund. */
export function ProjectCallForm({ workspaceId, actions }: { workspaceId: string; actions: { id: string; title: string }[] }) {
  const t = useTranslations('calendar.calls');
  const message = useDomainMessage(t);
  const empty: ProjectCallFormValues = { title: '', funder: '', deadline: '', url: '', actionId: '' };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: ProjectCallFormValues) => createProjectCallAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="card stack" aria-labelledby="call-form-h">
      <h2 id="call-form-h">{t('form.title')}</h2>
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="call-title" label={t('fields.title')} error={err(errors.title)} required>
          {(p) => <input {...p} type="text" minLength={2} maxLength={200} autoComplete="off" {...form.register('title')} />}
        </Field>
        <Field id="call-funder" label={t('fields.funder')} error={err(errors.funder)} required>
          {(p) => <input {...p} type="text" minLength={2} maxLength={200} autoComplete="off" {...form.register('funder')} />}
        </Field>
      </div>
      <div className="grid-2">
        <Field id="call-deadline" label={t('fields.deadline')} error={err(errors.deadline)} required>
          {(p) => <input {...p} type="date" {...form.register('deadline')} />}
        </Field>
        <Field id="call-url" label={t('fields.url')} error={err(errors.url)}>
          {(p) => <input {...p} type="url" maxLength={1000} placeholder="https://" {...form.register('url')} />}
        </Field>
      </div>
      <Field id="call-action" label={t('fields.action')} hint={t('form.actionHint')} error={err(errors.actionId)}>
        {(p) => <Select {...p} field={form.register('actionId')} empty={t('form.noAction')} items={actions.map((a) => ({ value: a.id, label: a.title }))} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} className="button" success={added ? t('form.added') : null}>
        {t('form.submit')}
      </SubmitRow>
    </form>
  );
}
