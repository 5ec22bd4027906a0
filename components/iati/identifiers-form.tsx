'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { WorkspaceIdentifiersInput } from '@/lib/iati/schemas';
import { updateWorkspaceIdentifiersAction } from '@/lib/iati/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';

type Values = z.input<typeof WorkspaceIdentifiersInput>;

/** The authority's SIREN and official geographic code (admins, workspace settings). */
export function IdentifiersForm({ workspaceId, initial }: { workspaceId: string; initial: { siren: string | null; geoCode: string | null } }) {
  const t = useTranslations('iati');
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: { siren: initial.siren ?? '', geoCode: initial.geoCode ?? '' },
    action: (values: Values) => updateWorkspaceIdentifiersAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  return (
    <section className="card" aria-labelledby="identifiers-h">
      <h2 id="identifiers-h">{t('identifiersTitle')}</h2>
      <p className="hint">{t('identifiersIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormError message={formError} />
        <Field id="ws-siren" label={t('siren')} hint={t('sirenHint')} error={errors.siren?.message as string | undefined}>
          {(p) => <input {...p} {...form.register('siren')} inputMode="numeric" autoComplete="off" maxLength={11} pattern="[0-9 ]{9,11}" />}
        </Field>
        <Field id="ws-geo-code" label={t('geoCode')} hint={t('geoCodeHint')} error={errors.geoCode?.message as string | undefined}>
          {(p) => <input {...p} {...form.register('geoCode')} autoComplete="off" maxLength={5} />}
        </Field>
        <SubmitRow disabled={mutation.isPending} success={saved ? t('saved') : null}>
          {mutation.isPending ? t('saving') : t('save')}
        </SubmitRow>
      </form>
    </section>
  );
}
