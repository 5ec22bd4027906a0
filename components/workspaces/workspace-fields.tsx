'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field, useValidationMessage } from '@/components/ui/field';
import { AUTHORITY_LEVELS } from '@/db/enums/workspaces';
import { Select, enumItems } from '@/components/ui/select-field';

export type Option = { code: string; name: string };

type ProfileValues = {
  name: string;
  slug?: string;
  level: string;
  country: string;
  population: unknown;
  languages: string[];
};

/** The authority profile fields, shared by first-run setup, workspace creation and settings. */
export function WorkspaceFields({
  register,
  errors,
  countries,
  languages,
  withSlug,
}: {
  register: UseFormRegister<ProfileValues>;
  errors: FieldErrors<ProfileValues>;
  countries: Option[];
  languages: Option[];
  withSlug?: boolean;
}) {
  const t = useTranslations('workspace');
  const message = useValidationMessage();
  const languagesError = message(errors.languages?.message ?? errors.languages?.root?.message);
  return (
    <>
      <Field id="ws-name" label={t('name')} error={errors.name?.message} required>
        {(p) => <input {...p} type="text" {...register('name')} />}
      </Field>
      {withSlug ? (
        <Field id="ws-slug" label={t('slug')} hint={t('slugHint')} error={errors.slug?.message} required>
          {(p) => <input {...p} type="text" autoCapitalize="off" spellCheck={false} {...register('slug')} />}
        </Field>
      ) : null}
      <Field id="ws-level" label={t('level')} error={errors.level?.message} required>
        {(p) => <Select {...p} field={register('level')} items={enumItems(AUTHORITY_LEVELS, (level) => t(`levels.${level}`))} />}
      </Field>
      <Field id="ws-country" label={t('country')} error={errors.country?.message} required>
        {(p) => <Select {...p} field={register('country')} empty={t('chooseCountry')} items={countries.map((c) => ({ value: c.code, label: c.name }))} />}
      </Field>
      <Field id="ws-population" label={t('population')} error={errors.population?.message}>
        {(p) => <input {...p} type="number" inputMode="numeric" min={0} step={1} {...register('population')} />}
      </Field>
      <fieldset className="field" aria-describedby={languagesError ? 'ws-languages-error' : undefined}>
        <legend>
          {t('languages')}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="checkbox-grid">
          {languages.map((l) => (
            <label key={l.code} className="checkbox">
              <input type="checkbox" value={l.code} {...register('languages')} />
              {l.name}
            </label>
          ))}
        </div>
        {languagesError ? (
          <p className="field-error" id="ws-languages-error">
            {languagesError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
