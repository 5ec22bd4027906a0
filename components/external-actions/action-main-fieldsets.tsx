'use client';

import { useTranslations } from 'next-intl';
import { ACTION_RATIONALES, ACTION_STATUSES, ACTION_TYPES, SDG_NUMBERS } from '@/db/enums/external-actions';
import { Field, HintedFieldset } from '@/components/ui/field';
import { MultiPicker } from './multi-picker';
import type { ActionFieldsetProps } from './action-form-values';
import { Select, enumItems } from '@/components/ui/select-field';

/** The action itself: title, description, type, status, period and rationales. */
export function ActionFieldset({ form, err }: Omit<ActionFieldsetProps, 'options'>) {
  const t = useTranslations('externalActions');
  const { register } = form;
  const errors = form.formState.errors;
  return (
    <fieldset className="stack">
      <legend>{t('form.sectionAction')}</legend>
      <Field id="action-title" label={t('fields.title')} error={err(errors.title)} required>
        {(p) => <input {...p} type="text" autoComplete="off" {...register('title')} />}
      </Field>
      <Field id="action-description" label={t('fields.description')} error={err(errors.description)}>
        {(p) => <textarea {...p} rows={4} {...register('description')} />}
      </Field>
      <div className="grid-2">
        <Field id="action-type" label={t('fields.type')} error={err(errors.type)} required>
          {(p) => <Select {...p} field={register('type')} items={enumItems(ACTION_TYPES, (v) => t(`types.${v}`))} />}
        </Field>
        <Field id="action-status" label={t('fields.status')} error={err(errors.status)} required>
          {(p) => <Select {...p} field={register('status')} items={enumItems(ACTION_STATUSES, (v) => t(`statuses.${v}`))} />}
        </Field>
        <Field id="action-start" label={t('fields.startDate')} error={err(errors.startDate)}>
          {(p) => <input {...p} type="date" {...register('startDate')} />}
        </Field>
        <Field id="action-end" label={t('fields.endDate')} error={err(errors.endDate)}>
          {(p) => <input {...p} type="date" {...register('endDate')} />}
        </Field>
      </div>
      <HintedFieldset id="action-rationales" legend={t('fields.rationales')} hint={t('fields.rationalesHint')}>
        <div className="checkbox-grid">
          {ACTION_RATIONALES.map((v) => (
            <label key={v} className="checkbox">
              <input type="checkbox" value={v} {...register('rationales')} />
              {t(`rationales.${v}`)}
            </label>
          ))}
        </div>
      </HintedFieldset>
    </fieldset>
  );
}

/** Partners abroad, the countries concerned and the territory's actors; a partner's country is added for the person. */
export function ActionPartnersFieldset({ form, options, err }: ActionFieldsetProps) {
  const t = useTranslations('externalActions');
  const errors = form.formState.errors;
  const partnerIds = form.watch('partnerIds') ?? [];
  const actorIds = form.watch('actorIds') ?? [];
  const countries = form.watch('countries') ?? [];
  const setList = (name: 'partnerIds' | 'actorIds' | 'countries', next: string[]) =>
    form.setValue(name, next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  const partnerCountry = new Map(options.partners.map((p) => [p.id, p.country]));
  return (
    <fieldset className="stack">
      <legend>{t('form.sectionPartners')}</legend>
      <MultiPicker
        legend={t('fields.partners')}
        addLabel={t('form.addPartner')}
        hint={t('form.partnersHint')}
        options={options.partners.map((p) => ({ value: p.id, label: p.name }))}
        value={partnerIds}
        onChange={(next) => setList('partnerIds', next)}
        onAdd={(id) => {
          const country = partnerCountry.get(id);
          const current = form.getValues('countries') ?? [];
          if (country && !current.includes(country)) setList('countries', [...current, country]);
        }}
        error={err(errors.partnerIds)}
      />
      <MultiPicker
        legend={t('fields.countries')}
        addLabel={t('form.addCountry')}
        hint={t('form.countriesHint')}
        options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        value={countries}
        onChange={(next) => setList('countries', next)}
        error={err(errors.countries)}
      />
      <MultiPicker
        legend={t('fields.actors')}
        addLabel={t('form.addActor')}
        hint={t('form.actorsHint')}
        options={options.territorial.map((a) => ({ value: a.id, label: a.name }))}
        value={actorIds}
        onChange={(next) => setList('actorIds', next)}
        error={err(errors.actorIds)}
      />
    </fieldset>
  );
}

/** The sustainable development goals the action serves. */
export function ActionSdgsFieldset({ form }: Pick<ActionFieldsetProps, 'form'>) {
  const t = useTranslations('externalActions');
  return (
    <fieldset className="stack">
      <legend>{t('form.sectionSdgs')}</legend>
      <div className="sdg-grid">
        {SDG_NUMBERS.map((n) => (
          <label key={n} className="checkbox">
            <input type="checkbox" value={String(n)} {...form.register('sdgs')} />
            {t(`sdgs.sdg${n}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
