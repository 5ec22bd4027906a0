'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { ActorInput, ActorFormValues } from '@/lib/actors/schemas';
import { createActorAction, updateActorAction } from '@/lib/actors/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import type { ActionResult } from '@/lib/errors';
import { ActorCategoryOptions } from './category-options';
import { Select } from '@/components/ui/select-field';

type Option = { code: string; name: string };

const EMPTY: ActorFormValues = {
  name: '',
  category: 'association',
  portfolio: '',
  country: '',
  city: '',
  themes: '',
  languages: '',
  links: '',
  influence: 3,
  interest: 3,
  tags: '',
  website: '',
  contactName: '',
  contactRole: '',
  contactEmail: '',
  contactPhone: '',
};

const CONFLICT_FIELDS = Object.keys(EMPTY) as (keyof ActorFormValues)[];

/** Creates or edits an actor; validated by the server, whose field errors show next to the fields. */
export function ActorForm({
  workspaceId,
  slug,
  countries,
  actor,
}: {
  workspaceId: string;
  slug: string;
  countries: Option[];
  actor?: ActorFormValues & { id: string; version: number };
}) {
  const t = useTranslations('actors');
  const router = useRouter();
  const { form, mutation, onSubmit, formError, versioning } = useActionForm({
    defaultValues: actor
      ? {
          ...actor,
          themes: [actor.themes ?? []].flat().join(', '),
          languages: [actor.languages ?? []].flat().join(', '),
          tags: [actor.tags ?? []].flat().join(', '),
        }
      : EMPTY,
    version: actor?.version,
    action: (values: z.input<typeof ActorInput>, version): Promise<ActionResult<{ id?: string; version?: number }>> =>
      actor ? updateActorAction(workspaceId, { ...values, id: actor.id, version }) : createActorAction(workspaceId, values),
    onSuccess: (data) => {
      const id = actor?.id ?? data.id;
      router.push(`/${slug}/actors/${id}`);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const category = form.watch('category');
  const text = (name: keyof ActorFormValues, props: { hint?: string; required?: boolean; type?: string; autoComplete?: string } = {}) => (
    <Field id={`actor-${name}`} label={t(`fields.${name}`)} hint={props.hint} error={errors[name]?.message as string | undefined} required={props.required}>
      {(p) => <input {...p} type={props.type ?? 'text'} autoComplete={props.autoComplete ?? 'off'} {...form.register(name)} />}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-wide">
      <FormError message={formError} />
      {actor ? (
        <ConflictPanel
          versioning={versioning}
          fields={CONFLICT_FIELDS.map((name) => ({
            name,
            label: t(`fields.${name}`),
            format: name === 'category' ? (v) => (v ? t(`categories.${v as string}`) : '') : undefined,
          }))}
        />
      ) : null}
      <div className="grid-2">
        {text('name', { required: true })}
        <Field id="actor-category" label={t('fields.category')} error={errors.category?.message} required>
          {(p) => (
            <select {...p} {...form.register('category')}>
              <ActorCategoryOptions />
            </select>
          )}
        </Field>
        {category === 'elected_official' ? text('portfolio') : null}
        <Field id="actor-country" label={t('fields.country')} error={errors.country?.message}>
          {(p) => <Select {...p} field={form.register('country')} empty={t('none')} items={countries.map((c) => ({ value: c.code, label: c.name }))} />}
        </Field>
        {text('city')}
        {text('themes', { hint: t('fields.themesHint') })}
        {text('languages', { hint: t('fields.languagesHint') })}
        {text('tags', { hint: t('fields.tagsHint') })}
        {text('website', { type: 'url' })}
        {(['influence', 'interest'] as const).map((name) => (
          <Field key={name} id={`actor-${name}`} label={t(`fields.${name}`)} error={errors[name]?.message}>
            {(p) => <Select {...p} field={form.register(name)} items={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))} />}
          </Field>
        ))}
      </div>
      <Field id="actor-links" label={t('fields.links')} hint={t('fields.linksHint')} error={errors.links?.message}>
        {(p) => <textarea {...p} rows={4} {...form.register('links')} />}
      </Field>
      <fieldset className="stack">
        <legend>{t('fields.contact')}</legend>
        <p className="hint">{t('fields.contactHint')}</p>
        <div className="grid-2">
          {text('contactName', { autoComplete: 'off' })}
          {text('contactRole')}
          {text('contactEmail', { type: 'email' })}
          {text('contactPhone', { type: 'tel' })}
        </div>
      </fieldset>
      <SubmitRow disabled={mutation.isPending}>{actor ? t('save') : t('create')}</SubmitRow>
    </form>
  );
}
