'use client';

import { useState, useTransition, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { adoptEvaluationAction, freezeEvaluationAction, openEvaluationAction } from '@/lib/evaluation/actions';
import type { ActionResult } from '@/lib/errors';
import { Field, FormError, FormSuccess } from '@/components/ui/field';
import { Options } from '@/components/ui/options';
import { InPageForm } from '@/components/ui/in-page-form';

type Outcome = { error: string | null; fields: Record<string, string>; done: string | null };

/** Runs an action: its refusal and field errors shown, else `onDone`'s message and the page refreshed (or `goTo`). */
export function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>({ error: null, fields: {}, done: null });
  const run = <R,>(call: () => Promise<ActionResult<R>>, onDone: (data: R) => { message: string; goTo?: string }) =>
    start(async () => {
      const result = await call();
      if (!result.ok) {
        setOutcome({ error: result.message, fields: result.fieldErrors ?? {}, done: null });
        return;
      }
      const next = onDone(result.data);
      setOutcome({ error: null, fields: {}, done: next.message });
      if (next.goTo) router.push(next.goTo);
      router.refresh();
    });
  return { pending, outcome, run };
}

/**
 * A form that runs `call` through `runner` (its `useRun`) on submit, `onDone` wording the success:
 * its fields, then its submit button in a paragraph and the confirmation.
 */
export function RunForm<R>({
  className = 'stack',
  labelledBy,
  runner,
  call,
  onDone,
  submitLabel,
  children,
}: {
  className?: string;
  labelledBy?: string;
  runner: ReturnType<typeof useRun>;
  call: () => Promise<ActionResult<R>>;
  onDone: (data: R) => { message: string; goTo?: string };
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <InPageForm className={className} noValidate aria-labelledby={labelledBy} onSubmit={() => runner.run(call, onDone)}>
      {children}
      <p>
        <button type="submit" className="button" disabled={runner.pending}>
          {submitLabel}
        </button>
      </p>
      <FormSuccess message={runner.outcome.done} />
    </InPageForm>
  );
}

/** Opens the evaluation of a year (managers). */
export function OpenEvaluationForm({ workspaceId, slug, defaultYear, maxYear }: { workspaceId: string; slug: string; defaultYear: number; maxYear: number }) {
  const t = useTranslations('evaluation');
  const [year, setYear] = useState(String(defaultYear));
  const runner = useRun();
  const { outcome } = runner;
  return (
    <RunForm
      className="card stack"
      runner={runner}
      call={() => openEvaluationAction(workspaceId, { year: year as unknown as number })}
      onDone={(data) => ({ message: t('opened', { year: data.year }), goTo: `/${slug}/evaluation/${data.year}` })}
      submitLabel={t('open')}
    >
      <h2>{t('openLegend')}</h2>
      <FormError message={outcome.error} />
      <Field id="evaluation-year" label={t('year')} error={outcome.fields.year} required>
        {(props) => <input {...props} type="number" inputMode="numeric" min={2000} max={maxYear} value={year} onChange={(e) => setYear(e.target.value)} />}
      </Field>
    </RunForm>
  );
}

/** Freezes a version of the evaluation as it stands (managers). */
export function FreezeButton({ workspaceId, evaluationId }: { workspaceId: string; evaluationId: string }) {
  const t = useTranslations('evaluation');
  const { pending, outcome, run } = useRun();
  return (
    <div className="stack">
      <p className="hint">{t('freezeHint')}</p>
      <FormError message={outcome.error} />
      <p>
        <button
          type="button"
          className="button secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => freezeEvaluationAction(workspaceId, { evaluationId }),
              (data) => ({ message: t('frozen', { number: data.number }) }),
            )
          }
        >
          {t('freeze')}
        </button>
      </p>
      <FormSuccess message={outcome.done} />
    </div>
  );
}

/** Records the adoption of a frozen version (admins). */
export function AdoptForm({ workspaceId, versions }: { workspaceId: string; versions: { id: string; label: string }[] }) {
  const t = useTranslations('evaluation');
  const [values, setValues] = useState({ versionId: versions[0]?.id ?? '', adoptedOn: '', body: '', reference: '' });
  const runner = useRun();
  const { outcome } = runner;
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <RunForm runner={runner} call={() => adoptEvaluationAction(workspaceId, values)} onDone={() => ({ message: t('adopted') })} submitLabel={t('adopt')}>
      <p className="hint">{t('adoptionHint')}</p>
      <FormError message={outcome.error} />
      <Field id="adopt-version" label={t('fields.version')} error={outcome.fields.versionId} required>
        {(props) => (
          <select {...props} value={values.versionId} onChange={set('versionId')}>
            <Options items={versions.map((v) => ({ value: v.id, label: v.label }))} />
          </select>
        )}
      </Field>
      <Field id="adopt-on" label={t('fields.adoptedOn')} error={outcome.fields.adoptedOn} required>
        {(props) => <input {...props} type="date" value={values.adoptedOn} onChange={set('adoptedOn')} />}
      </Field>
      <Field id="adopt-body" label={t('fields.body')} error={outcome.fields.body} required>
        {(props) => <input {...props} type="text" maxLength={200} value={values.body} onChange={set('body')} />}
      </Field>
      <Field id="adopt-reference" label={t('fields.reference')} error={outcome.fields.reference} required>
        {(props) => <input {...props} type="text" maxLength={120} value={values.reference} onChange={set('reference')} />}
      </Field>
    </RunForm>
  );
}
