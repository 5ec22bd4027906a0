'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { decideEvaluationReviewAction, submitEvaluationReviewAction } from '@/lib/evaluation/actions';
import { Field, FormError, useValidationMessage } from '@/components/ui/field';
import { Options } from '@/components/ui/options';
import { RunForm, useRun } from './evaluation-forms';

type Choice = { id: string; label: string };
type Decision = 'approved' | 'changes_requested';

/** A required group of choices (checkboxes or radios) with its error tied to it. */
function ChoiceGroup({
  id,
  legend,
  type,
  choices,
  selected,
  onToggle,
  error,
}: {
  id: string;
  legend: string;
  type: 'checkbox' | 'radio';
  choices: Choice[];
  selected: string[];
  onToggle: (value: string) => void;
  error?: string;
}) {
  const message = useValidationMessage()(error);
  return (
    <fieldset className="field" aria-describedby={message ? `${id}-error` : undefined}>
      <legend>
        {legend}
        <span aria-hidden="true"> *</span>
      </legend>
      <div className="checkbox-grid">
        {choices.map((c) => (
          <label key={c.id} className="checkbox">
            <input type={type} name={id} value={c.id} checked={selected.includes(c.id)} onChange={() => onToggle(c.id)} />
            {c.label}
          </label>
        ))}
      </div>
      {message ? (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Submits a frozen version of the evaluation to named reviewers (managers). */
export function SubmitEvaluationReviewForm({
  workspaceId,
  versions,
  reviewers,
  today,
}: {
  workspaceId: string;
  versions: Choice[];
  reviewers: Choice[];
  today: string;
}) {
  const t = useTranslations('evaluation.review');
  const [values, setValues] = useState({ versionId: versions[0]?.id ?? '', reviewerIds: [] as string[], dueOn: '', message: '' });
  const runner = useRun();
  const { outcome } = runner;
  const toggle = (id: string) =>
    setValues((v) => ({ ...v, reviewerIds: v.reviewerIds.includes(id) ? v.reviewerIds.filter((x) => x !== id) : [...v.reviewerIds, id] }));
  return (
    <RunForm
      labelledBy="submit-review-title"
      runner={runner}
      call={() => submitEvaluationReviewAction(workspaceId, values)}
      onDone={() => ({ message: t('submitted') })}
      submitLabel={t('submit')}
    >
      <h3 id="submit-review-title">{t('submitLegend')}</h3>
      <p className="hint">{t('submitHint')}</p>
      <FormError message={outcome.error} />
      <Field id="review-version" label={t('fields.version')} error={outcome.fields.versionId} required>
        {(props) => (
          <select {...props} value={values.versionId} onChange={(e) => setValues((v) => ({ ...v, versionId: e.target.value }))}>
            <Options items={versions.map((v) => ({ value: v.id, label: v.label }))} />
          </select>
        )}
      </Field>
      <ChoiceGroup
        id="review-reviewers"
        legend={t('fields.reviewers')}
        type="checkbox"
        choices={reviewers}
        selected={values.reviewerIds}
        onToggle={toggle}
        error={outcome.fields.reviewerIds}
      />
      <Field id="review-due" label={t('fields.dueOn')} error={outcome.fields.dueOn} required>
        {(props) => <input {...props} type="date" min={today} value={values.dueOn} onChange={(e) => setValues((v) => ({ ...v, dueOn: e.target.value }))} />}
      </Field>
      <Field id="review-message" label={t('fields.message')} error={outcome.fields.message}>
        {(props) => (
          <textarea {...props} rows={3} maxLength={2000} value={values.message} onChange={(e) => setValues((v) => ({ ...v, message: e.target.value }))} />
        )}
      </Field>
    </RunForm>
  );
}

/** A named reviewer approves the version or sends it back with a comment. */
export function DecideEvaluationReviewForm({ workspaceId, reviewId, number }: { workspaceId: string; reviewId: string; number: number }) {
  const t = useTranslations('evaluation.review');
  const [values, setValues] = useState<{ decision: Decision | ''; note: string }>({ decision: '', note: '' });
  const runner = useRun();
  const { outcome } = runner;
  return (
    <RunForm
      labelledBy="decide-review-title"
      runner={runner}
      // No choice yet is sent as is: the server's parse refuses it beside the radio group.
      call={() => decideEvaluationReviewAction(workspaceId, { reviewId, note: values.note, decision: values.decision as Decision })}
      onDone={() => ({ message: t('decided') })}
      submitLabel={t('decide')}
    >
      <h3 id="decide-review-title">{t('decideLegend', { number })}</h3>
      <FormError message={outcome.error} />
      <ChoiceGroup
        id="review-decision"
        legend={t('fields.decision')}
        type="radio"
        choices={[
          { id: 'approved', label: t('approve') },
          { id: 'changes_requested', label: t('sendBack') },
        ]}
        selected={[values.decision]}
        onToggle={(decision) => setValues((v) => ({ ...v, decision: decision as Decision }))}
        error={outcome.fields.decision}
      />
      <Field id="review-note" label={t('fields.note')} error={outcome.fields.note}>
        {(props) => <textarea {...props} rows={3} maxLength={2000} value={values.note} onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))} />}
      </Field>
    </RunForm>
  );
}
