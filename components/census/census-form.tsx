'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { submitCensusAction } from '@/lib/census/actions';
import { CENSUS_CATEGORIES, CENSUS_FREQUENCIES, CENSUS_LINK_KINDS, CENSUS_MAX_LINKS } from '@/lib/census/options';
import type { CensusSubmission, CensusSubmissionValues } from '@/lib/census/schemas';
import { useCensusMessage } from './use-census-message';
import { Select, enumItems } from '@/components/ui/select-field';

type Option = { code: string; name: string };

/** Off-screen rather than display:none, which some robots detect and skip. */
const TRAP_STYLE = { position: 'absolute', left: '-10000px', top: 'auto', width: '1px', height: '1px', overflow: 'hidden' } as const;

const EMPTY_LINK = { country: '', partner: '', kind: 'partnership', frequency: 'yearly', potential: '' } as const;

/** The public census questionnaire: organisation, optional contact with consent, 1–10 international links. */
export function CensusForm({ token, authorityName, countries }: { token: string; authorityName: string; countries: Option[] }) {
  const t = useTranslations('census.form');
  const ta = useTranslations('actors');
  const tc = useCensusMessage();
  const [sent, setSent] = useState(false);
  const thanks = useRef<HTMLHeadingElement>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: {
      token,
      homepage: '',
      organisation: '',
      // No type chosen in advance: the stakeholder picks their own.
      category: '' as CensusSubmissionValues['category'],
      city: '',
      description: '',
      contactName: '',
      contactRole: '',
      contactEmail: '',
      contactPhone: '',
      consent: false,
      links: [{ ...EMPTY_LINK }],
    } satisfies CensusSubmissionValues,
    action: (values: z.input<typeof CensusSubmission>) => submitCensusAction(values),
    onSuccess: () => setSent(true),
  });
  const links = useFieldArray({ control: form.control, name: 'links' });
  const errors = form.formState.errors;
  const err = (message: unknown) => tc(typeof message === 'string' ? message : undefined);
  /** A one-line field of the questionnaire (id `census-<id>`), labelled by the message of its name. */
  const input = (
    name: 'organisation' | 'city' | 'contactName' | 'contactRole' | 'contactEmail' | 'contactPhone',
    id: string,
    autoComplete: string,
    type = 'text',
    required = false,
  ) => (
    <Field id={`census-${id}`} label={t(name)} error={err(errors[name]?.message)} required={required}>
      {(p) => <input {...p} type={type} autoComplete={autoComplete} {...form.register(name)} />}
    </Field>
  );

  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="card notice stack" role="status">
        <h2 ref={thanks} tabIndex={-1}>
          {t('thanksTitle')}
        </h2>
        <p>{t('thanksBody', { authority: authorityName })}</p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="stack form-wide census-form">
      <FormError message={tc(formError)} />
      <p className="hint">{t('requiredHint')}</p>

      <fieldset className="stack">
        <legend>{t('organisationLegend')}</legend>
        {input('organisation', 'organisation', 'organization', 'text', true)}
        <Field id="census-category" label={t('category')} error={err(errors.category?.message)} required>
          {(p) => (
            <Select {...p} field={form.register('category')} empty={t('chooseCategory')} items={enumItems(CENSUS_CATEGORIES, (c) => ta(`categories.${c}`))} />
          )}
        </Field>
        {input('city', 'city', 'address-level2', 'text', true)}
        <Field id="census-description" label={t('description')} hint={t('descriptionHint')} error={err(errors.description?.message)}>
          {(p) => <textarea {...p} rows={3} {...form.register('description')} />}
        </Field>
      </fieldset>

      <fieldset className="stack">
        <legend>{t('contactLegend')}</legend>
        <p className="hint">{t('contactHint')}</p>
        <div className="grid-2">
          {input('contactName', 'contact-name', 'name')}
          {input('contactRole', 'contact-role', 'organization-title')}
          {input('contactEmail', 'contact-email', 'email', 'email')}
          {input('contactPhone', 'contact-phone', 'tel', 'tel')}
        </div>
        <div className="field">
          <label className="checkbox" htmlFor="census-consent">
            <input
              id="census-consent"
              type="checkbox"
              aria-invalid={!!errors.consent}
              aria-describedby={errors.consent ? 'census-consent-hint census-consent-error' : 'census-consent-hint'}
              {...form.register('consent')}
            />
            {t('consent', { authority: authorityName })}
          </label>
          <p className="hint" id="census-consent-hint">
            {t('consentHint')}
          </p>
          {errors.consent ? (
            <p className="field-error" id="census-consent-error">
              {err(errors.consent.message)}
            </p>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend>{t('linksLegend')}</legend>
        <p className="hint">{t('linksHint', { max: CENSUS_MAX_LINKS })}</p>
        {errors.links?.root?.message || errors.links?.message ? (
          <p className="field-error">{err(errors.links?.root?.message ?? errors.links?.message)}</p>
        ) : null}
        {links.fields.map((field, i) => {
          const e = errors.links?.[i];
          return (
            <fieldset key={field.id} className="stack census-link">
              <legend>{t('linkN', { n: i + 1 })}</legend>
              <div className="grid-2">
                <Field id={`census-link-${i}-country`} label={t('country')} error={err(e?.country?.message)} required>
                  {(p) => (
                    <Select
                      {...p}
                      field={form.register(`links.${i}.country`)}
                      empty={t('chooseCountry')}
                      items={countries.map((c) => ({ value: c.code, label: c.name }))}
                    />
                  )}
                </Field>
                <Field id={`census-link-${i}-partner`} label={t('partner')} hint={t('partnerHint')} error={err(e?.partner?.message)} required>
                  {(p) => <input {...p} type="text" autoComplete="off" {...form.register(`links.${i}.partner`)} />}
                </Field>
                <Field id={`census-link-${i}-kind`} label={t('kind')} error={err(e?.kind?.message)} required>
                  {(p) => <Select {...p} field={form.register(`links.${i}.kind`)} items={enumItems(CENSUS_LINK_KINDS, (k) => ta(`relationTypes.${k}`))} />}
                </Field>
                <Field id={`census-link-${i}-frequency`} label={t('frequency')} error={err(e?.frequency?.message)} required>
                  {(p) => <Select {...p} field={form.register(`links.${i}.frequency`)} items={enumItems(CENSUS_FREQUENCIES, (f) => t(`frequencies.${f}`))} />}
                </Field>
              </div>
              <Field id={`census-link-${i}-potential`} label={t('potential')} hint={t('potentialHint')} error={err(e?.potential?.message)}>
                {(p) => <textarea {...p} rows={2} {...form.register(`links.${i}.potential`)} />}
              </Field>
              {links.fields.length > 1 ? (
                <div className="actions">
                  <button type="button" className="button small ghost" onClick={() => links.remove(i)}>
                    {t('removeLink', { n: i + 1 })}
                  </button>
                </div>
              ) : null}
            </fieldset>
          );
        })}
        <div className="actions">
          <button type="button" className="button small" disabled={links.fields.length >= CENSUS_MAX_LINKS} onClick={() => links.append({ ...EMPTY_LINK })}>
            {t('addLink')}
          </button>
        </div>
      </fieldset>

      {/* Spam trap: hidden from people and from assistive technologies; only robots fill it in. */}
      <div aria-hidden="true" style={TRAP_STYLE}>
        <label htmlFor="census-homepage">{t('trap')}</label>
        <input id="census-homepage" type="text" tabIndex={-1} autoComplete="off" {...form.register('homepage')} />
      </div>

      <SubmitRow disabled={mutation.isPending}>{mutation.isPending ? t('sending') : t('submit')}</SubmitRow>
    </form>
  );
}
