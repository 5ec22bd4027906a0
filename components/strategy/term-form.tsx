'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import type { IndicatorTermInput } from '@/lib/strategy/term-schemas';
import { setIndicatorTermAction } from '@/lib/reporting/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useRoundsMessage } from './use-rounds-message';

type Values = { targets: string; atRiskBelow: string; offTrackBelow: string; minValue: string; maxValue: string };

/** `2027=40` lines → targets; null when a line does not read. */
function parseTargets(text: string): { year: string; target: string }[] | null {
  const out = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^(\d{4})\s*[=:;]\s*(-?[\d\s]+(?:[.,]\d+)?)$/.exec(line);
    if (!m) return null;
    out.push({ year: m[1]!, target: m[2]!.replace(/\s/g, '') });
  }
  return out;
}

/** A manager sets an indicator's yearly targets, its own thresholds (empty: the workspace's) and its range. */
export function TermForm({
  workspaceId,
  indicatorId,
  initial,
  defaults,
}: {
  workspaceId: string;
  indicatorId: string;
  initial: Values;
  defaults: { atRisk: number; offTrack: number };
}) {
  const t = useTranslations('rounds');
  const message = useRoundsMessage();
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: initial,
    action: (values: Values) => {
      const targets = parseTargets(values.targets);
      if (!targets) return Promise.resolve({ ok: false as const, code: 'invalid' as const, message: 'invalid', fieldErrors: { targets: 'targetsFormat' } });
      const input: z.input<typeof IndicatorTermInput> = { indicatorId, ...values, targets };
      return setIndicatorTermAction(workspaceId, input);
    },
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform">
      <FormError message={message(formError)} />
      <Field id="term-targets" label={t('term.targetsField')} hint={t('term.intro')} error={err(errors.targets)}>
        {(p) => <textarea {...p} rows={4} {...form.register('targets')} />}
      </Field>
      <fieldset>
        <legend>{t('term.thresholds')}</legend>
        <p className="hint">{t('term.thresholdsHint', defaults)}</p>
        <div className="grid-2">
          <Field id="term-at-risk" label={t('term.atRiskBelow')} error={err(errors.atRiskBelow)}>
            {(p) => <input {...p} type="number" min={0} max={200} step="any" {...form.register('atRiskBelow')} />}
          </Field>
          <Field id="term-off-track" label={t('term.offTrackBelow')} error={err(errors.offTrackBelow)}>
            {(p) => <input {...p} type="number" min={0} max={200} step="any" {...form.register('offTrackBelow')} />}
          </Field>
        </div>
      </fieldset>
      <div className="grid-2">
        <Field id="term-min" label={t('term.minValue')} error={err(errors.minValue)}>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('minValue')} />}
        </Field>
        <Field id="term-max" label={t('term.maxValue')} error={err(errors.maxValue)}>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('maxValue')} />}
        </Field>
      </div>
      <SubmitRow disabled={mutation.isPending} success={saved ? t('term.saved') : null}>
        {t('term.save')}
      </SubmitRow>
    </form>
  );
}
