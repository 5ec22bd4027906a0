'use client';

import type { z } from 'zod';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import type { OpenRoundInput, ThresholdDefaultsInput } from '@/lib/strategy/term-schemas';
import { closeRoundAction, importRoundAction, openRoundAction, setThresholdDefaultsAction } from '@/lib/reporting/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useRoundsMessage } from './use-rounds-message';
import { InPageForm } from '@/components/ui/in-page-form';

/** An admin opens the round of a year with its due date; every reporter is notified. */
export function OpenRoundForm({ workspaceId, year }: { workspaceId: string; year: number }) {
  const t = useTranslations('rounds');
  const message = useRoundsMessage();
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: { year: String(year), dueOn: `${year + 1}-01-31` },
    action: (values: z.input<typeof OpenRoundInput>) => openRoundAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform">
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="round-year" label={t('year')} error={message(errors.year?.message)} required>
          {(p) => <input {...p} type="number" min={2000} max={2100} {...form.register('year')} />}
        </Field>
        <Field id="round-due" label={t('dueOn')} error={message(errors.dueOn?.message)} required>
          {(p) => <input {...p} type="date" {...form.register('dueOn')} />}
        </Field>
      </div>
      <SubmitRow disabled={mutation.isPending} success={saved ? t('opened') : null}>
        {t('openSubmit')}
      </SubmitRow>
    </form>
  );
}

/** An admin closes a round, after confirming: its year's values are then locked. */
export function CloseRoundButton({ workspaceId, roundId, year }: { workspaceId: string; roundId: string; year: number }) {
  const t = useTranslations('rounds');
  const router = useRouter();
  const message = useRoundsMessage();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => closeRoundAction(workspaceId, { roundId }),
    onSuccess: (result) => (result.ok ? router.refresh() : setError(result.message)),
  });
  return (
    <div className="stack">
      <FormError message={message(error)} />
      <button type="button" className="button" disabled={mutation.isPending} onClick={() => window.confirm(t('closeConfirm', { year })) && mutation.mutate()}>
        {t('closeSubmit')}
      </button>
    </div>
  );
}

/** Sends back a round's spreadsheet; a refused file names its line, and nothing is changed. */
export function ImportRoundForm({ workspaceId, roundId }: { workspaceId: string; roundId: string }) {
  const t = useTranslations('rounds');
  const router = useRouter();
  const message = useRoundsMessage();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const mutation = useMutation({
    mutationFn: async (f: File) => {
      const bytes = new Uint8Array(await f.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return importRoundAction(workspaceId, { roundId, file: { name: f.name, format: 'xlsx', data: btoa(binary) } });
    },
    onSuccess: (result) => {
      if (result.ok) {
        setOutcome({ ok: true, text: t('imported', result.data) });
        router.refresh();
        return;
      }
      const lines = Object.entries(result.fieldErrors ?? {}).map(([k, v]) => t('importLine', { line: k.replace(/^line/, ''), message: message(v) ?? v }));
      setOutcome({ ok: false, text: [message(result.message) ?? result.message, ...lines].join(' ') });
    },
  });
  return (
    <InPageForm
      className="stack subform"
      onSubmit={() => {
        if (file) mutation.mutate(file);
      }}
    >
      <FormError message={outcome && !outcome.ok ? outcome.text : null} />
      <Field id={`import-${roundId}`} label={t('importFile')} hint={t('importHint')} required>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <SubmitRow disabled={!file || mutation.isPending} className="button" success={outcome?.ok ? outcome.text : null}>
        {t('importSubmit')}
      </SubmitRow>
    </InPageForm>
  );
}

/** Managers set the workspace's default thresholds (percentages of the year's expected progress). */
export function ThresholdDefaultsForm({ workspaceId, atRisk, offTrack }: { workspaceId: string; atRisk: number; offTrack: number }) {
  const t = useTranslations('rounds');
  const message = useRoundsMessage();
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: { atRiskBelow: String(atRisk), offTrackBelow: String(offTrack) },
    action: (values: z.input<typeof ThresholdDefaultsInput>) => setThresholdDefaultsAction(workspaceId, values),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform">
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id="defaults-at-risk" label={t('term.atRiskBelow')} error={message(errors.atRiskBelow?.message)} required>
          {(p) => <input {...p} type="number" min={0} max={200} step="any" {...form.register('atRiskBelow')} />}
        </Field>
        <Field id="defaults-off-track" label={t('term.offTrackBelow')} error={message(errors.offTrackBelow?.message)} required>
          {(p) => <input {...p} type="number" min={0} max={200} step="any" {...form.register('offTrackBelow')} />}
        </Field>
      </div>
      <SubmitRow disabled={mutation.isPending} className="button" success={saved ? t('term.saved') : null}>
        {t('term.defaultsSave')}
      </SubmitRow>
    </form>
  );
}
