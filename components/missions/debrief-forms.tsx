'use client';

import { useTranslations } from 'next-intl';
import { RELATION_TYPES, type ActorFamily } from '@/db/enums/actors';
import { ALL_RETURN_CATEGORIES } from '@/db/enums/external-actions';
import type { DebriefContactFormValues, DebriefFormValues, DebriefReturnFormValues, FollowUpFormValues } from '@/lib/missions/schemas';
import { addDebriefContactAction, addDebriefReturnAction, addFollowUpAction, removeDebriefEntryAction, saveDebriefAction } from '@/lib/missions/actions';
import { useSavedForm, useAddForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useMissionsMessage } from './use-message';
import { ActorCategoryOptions, EXTERNAL_FAMILIES } from '@/components/actors/category-options';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';
import { Select, enumItems, namedItems } from '@/components/ui/select-field';

type Option = { id: string; name: string };

/** What was done and the free text; a checkbox hands the debrief in. */
export function DebriefTextForm({
  workspaceId,
  missionId,
  summary,
  notes,
  submitted,
}: {
  workspaceId: string;
  missionId: string;
  summary: string;
  notes: string;
  submitted: boolean;
}) {
  const t = useTranslations('missions');
  const message = useMissionsMessage();
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: { missionId, summary, notes, submit: submitted } as DebriefFormValues,
    action: (values: DebriefFormValues) => saveDebriefAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="card stack">
      <h2 id="debrief-text-h">{t('debrief.report')}</h2>
      <FormError message={message(formError)} />
      <Field id="d-summary" label={t('debrief.summary')} hint={t('debrief.summaryHint')} error={message(errors.summary?.message)}>
        {(p) => <textarea {...p} rows={5} maxLength={8000} {...form.register('summary')} />}
      </Field>
      <Field id="d-notes" label={t('debrief.notes')} error={message(errors.notes?.message)}>
        {(p) => <textarea {...p} rows={6} maxLength={20000} {...form.register('notes')} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...form.register('submit')} /> {t('debrief.submit')}
      </label>
      <SubmitRow disabled={mutation.isPending} success={saved ? t('debrief.saved') : null}>
        {t('debrief.save')}
      </SubmitRow>
    </form>
  );
}

/** A contact met: an actor of the map, or a new one, and its relation with an actor of the map. */
export function ContactForm({
  workspaceId,
  missionId,
  actors,
  defaultRelated,
  defaultDay,
}: {
  workspaceId: string;
  missionId: string;
  actors: (Option & { family: ActorFamily })[];
  defaultRelated: string;
  defaultDay: string;
}) {
  const t = useTranslations('missions');
  const tActors = useTranslations('actors');
  const message = useMissionsMessage();
  const empty: DebriefContactFormValues = {
    missionId,
    actorId: '',
    name: '',
    category: 'partner_authority',
    country: '',
    city: '',
    relatedActorId: defaultRelated,
    relationType: 'partnership',
    strength: '3',
    metOn: defaultDay,
    note: '',
  };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: DebriefContactFormValues) => addDebriefContactAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const existing = form.watch('actorId');
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform" aria-labelledby="contact-form-h">
      <h3 id="contact-form-h">{t('debrief.addContact')}</h3>
      <FormError message={message(formError)} />
      <Field id="c-actor" label={t('debrief.existingActor')} hint={t('debrief.existingActorHint')} error={message(errors.actorId?.message)}>
        {(p) => <Select {...p} field={form.register('actorId')} empty={t('debrief.newActor')} items={namedItems(actors)} />}
      </Field>
      {existing ? null : (
        <div className="grid-2">
          <Field id="c-name" label={t('debrief.contactName')} error={message(errors.name?.message)} required>
            {(p) => <input {...p} type="text" maxLength={160} autoComplete="off" {...form.register('name')} />}
          </Field>
          <Field id="c-category" label={t('debrief.contactCategory')} error={message(errors.category?.message)} required>
            {(p) => (
              <select {...p} {...form.register('category')}>
                <ActorCategoryOptions families={EXTERNAL_FAMILIES} />
              </select>
            )}
          </Field>
          <Field id="c-country" label={t('fields.countryCode')} hint={t('fields.countryCodeHint')} error={message(errors.country?.message)}>
            {(p) => <input {...p} type="text" maxLength={2} autoComplete="off" {...form.register('country')} />}
          </Field>
          <Field id="c-city" label={t('fields.city')} error={message(errors.city?.message)}>
            {(p) => <input {...p} type="text" maxLength={120} autoComplete="off" {...form.register('city')} />}
          </Field>
        </div>
      )}
      <div className="grid-2">
        <Field id="c-related" label={t('debrief.relatedActor')} error={message(errors.relatedActorId?.message)} required>
          {(p) => <Select {...p} field={form.register('relatedActorId')} empty={t('choose')} items={namedItems(actors)} />}
        </Field>
        <Field id="c-type" label={t('debrief.relationType')} error={message(errors.relationType?.message)} required>
          {(p) => <Select {...p} field={form.register('relationType')} items={enumItems(RELATION_TYPES, (r) => tActors(`relationTypes.${r}`))} />}
        </Field>
        <Field id="c-strength" label={t('debrief.strength')} error={message(errors.strength?.message)} required>
          {(p) => <input {...p} type="number" min={1} max={5} step={1} {...form.register('strength')} />}
        </Field>
        <Field id="c-met" label={t('debrief.metOn')} error={message(errors.metOn?.message)} required>
          {(p) => <input {...p} type="date" {...form.register('metOn')} />}
        </Field>
      </div>
      <Field id="c-note" label={t('debrief.contactNote')} error={message(errors.note?.message)}>
        {(p) => <input {...p} type="text" maxLength={1000} autoComplete="off" {...form.register('note')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} className="button" success={added ? t('debrief.contactAdded') : null}>
        {t('debrief.addContact')}
      </SubmitRow>
    </form>
  );
}

/** A return observed during the mission, for one of its actions, possibly answering an expected return. */
export function ReturnForm({
  workspaceId,
  missionId,
  actions,
  expected,
  defaultDay,
}: {
  workspaceId: string;
  missionId: string;
  actions: { id: string; title: string }[];
  expected: { id: string; actionId: string; category: string; description: string }[];
  defaultDay: string;
}) {
  const t = useTranslations('missions');
  const ta = useTranslations('externalActions');
  const message = useMissionsMessage();
  const empty: DebriefReturnFormValues = {
    missionId,
    actionId: actions[0]?.id ?? '',
    expectedReturnId: '',
    category: 'networking',
    description: '',
    evidence: '',
    observedOn: defaultDay,
  };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: DebriefReturnFormValues) => addDebriefReturnAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  const actionId = form.watch('actionId');
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform" aria-labelledby="return-form-h">
      <h3 id="return-form-h">{t('debrief.addReturn')}</h3>
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="r-action" label={t('debrief.returnAction')} error={message(errors.actionId?.message)} required>
          {(p) => <Select {...p} field={form.register('actionId')} items={actions.map((a) => ({ value: a.id, label: a.title }))} />}
        </Field>
        <Field id="r-expected" label={t('debrief.expectedReturn')} hint={t('debrief.expectedReturnHint')} error={message(errors.expectedReturnId?.message)}>
          {(p) => (
            <select
              {...p}
              {...form.register('expectedReturnId', {
                onChange: (e: { target: { value: string } }) => {
                  const match = expected.find((x) => x.id === e.target.value);
                  if (match) form.setValue('category', match.category as DebriefReturnFormValues['category']);
                },
              })}
            >
              <option value="">{t('debrief.unexpected')}</option>
              {expected
                .filter((e) => e.actionId === actionId)
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.description}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field id="r-category" label={ta('returns.category')} error={message(errors.category?.message)} required>
          {(p) => <Select {...p} field={form.register('category')} items={enumItems(ALL_RETURN_CATEGORIES, (c) => ta(`returnCategories.${c}`))} />}
        </Field>
        <Field id="r-date" label={t('debrief.observedOn')} error={message(errors.observedOn?.message)} required>
          {(p) => <input {...p} type="date" {...form.register('observedOn')} />}
        </Field>
      </div>
      <Field id="r-description" label={t('debrief.returnDescription')} error={message(errors.description?.message)} required>
        {(p) => <textarea {...p} rows={2} maxLength={1000} {...form.register('description')} />}
      </Field>
      <Field id="r-evidence" label={t('debrief.evidence')} error={message(errors.evidence?.message)} required>
        {(p) => <input {...p} type="text" maxLength={2000} autoComplete="off" {...form.register('evidence')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending || actions.length === 0} className="button" success={added ? t('debrief.returnAdded') : null}>
        {t('debrief.addReturn')}
      </SubmitRow>
    </form>
  );
}

/** A follow-up item: what, who, by when. */
export function FollowUpForm({
  workspaceId,
  missionId,
  members,
  defaultOwner,
}: {
  workspaceId: string;
  missionId: string;
  members: Option[];
  defaultOwner: string;
}) {
  const t = useTranslations('missions');
  const message = useMissionsMessage();
  const empty: FollowUpFormValues = { missionId, title: '', ownerId: defaultOwner, dueDate: '' };
  const { form, mutation, onSubmit, formError, added } = useAddForm({
    defaultValues: empty,
    action: (values: FollowUpFormValues) => addFollowUpAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform" aria-labelledby="follow-form-h">
      <h3 id="follow-form-h">{t('debrief.addFollowUp')}</h3>
      <FormError message={message(formError)} />
      <Field id="f-title" label={t('debrief.followUpTitle')} error={message(errors.title?.message)} required>
        {(p) => <input {...p} type="text" maxLength={300} autoComplete="off" {...form.register('title')} />}
      </Field>
      <div className="grid-2">
        <Field id="f-owner" label={t('debrief.owner')} error={message(errors.ownerId?.message)} required>
          {(p) => <Select {...p} field={form.register('ownerId')} items={namedItems(members)} />}
        </Field>
        <Field id="f-due" label={t('debrief.dueDate')} error={message(errors.dueDate?.message)} required>
          {(p) => <input {...p} type="date" {...form.register('dueDate')} />}
        </Field>
      </div>
      <SubmitRow disabled={mutation.isPending} className="button" success={added ? t('debrief.followUpAdded') : null}>
        {t('debrief.addFollowUp')}
      </SubmitRow>
    </form>
  );
}

/** Removes one entry of the debrief (a contact, a return, a follow-up). */
export function RemoveEntryButton({
  workspaceId,
  missionId,
  kind,
  id,
  label,
}: {
  workspaceId: string;
  missionId: string;
  kind: 'contact' | 'return' | 'followUp';
  id: string;
  label: string;
}) {
  const t = useTranslations('missions');
  const message = useMissionsMessage();
  const mutation = useRefreshingMutation(() => removeDebriefEntryAction(workspaceId, { missionId, kind, id }));
  const error = mutation.data && !mutation.data.ok ? mutation.data.message : null;
  return (
    <>
      <button type="button" className="button small" aria-label={label} disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        {t('debrief.remove')}
      </button>
      {error ? <FormError message={message(error)} /> : null}
    </>
  );
}
