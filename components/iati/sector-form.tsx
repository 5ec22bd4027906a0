'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { ActionSectorInput } from '@/lib/iati/schemas';
import { setActionSectorAction } from '@/lib/iati/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { Select } from '@/components/ui/select-field';

type Values = z.input<typeof ActionSectorInput>;

/** Chooses an action's DAC sector among the code list; empty = the suggestion from its competencies. */
export function SectorForm({
  workspaceId,
  actionId,
  chosen,
  suggested,
  options,
}: {
  workspaceId: string;
  actionId: string;
  chosen: string | null;
  suggested: string;
  options: { code: string; label: string }[];
}) {
  const t = useTranslations('iati');
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: { actionId, sector: chosen ?? '' },
    action: (values: Values) => setActionSectorAction(workspaceId, { ...values, actionId }),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormError message={formError} />
      <Field id="action-sector" label={t('sectorLabel')} error={form.formState.errors.sector?.message as string | undefined}>
        {(p) => (
          <Select
            {...p}
            field={form.register('sector')}
            empty={t('sectorUseSuggestion', { code: suggested })}
            items={options.map((o) => ({ value: o.code, label: `${o.code} — ${o.label}` }))}
          />
        )}
      </Field>
      <SubmitRow disabled={mutation.isPending} className="button" success={saved ? t('sectorSaved') : null}>
        {t('sectorSave')}
      </SubmitRow>
    </form>
  );
}
