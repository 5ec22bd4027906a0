'use client';

import type { z } from 'zod';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { EVIDENCE_MAX } from '@/lib/diagnostic/limits';
import type { AnswerDimensionFields, AnswerDimensionForm } from '@/lib/diagnostic/answer-schemas';
import { answerDimensionAction } from '@/lib/diagnostic/actions';
import type { AnswerValue } from '@/lib/diagnostic/scoring';
import { useActionForm } from '@/components/ui/use-action-form';
import { FormError, FormSuccess } from '@/components/ui/field';
import { useDiagnosticMessage } from './use-diagnostic-message';
import { formatMoment } from '@/lib/format/dates';

/** A question with its texts in the reader's language (only what the form shows). */
export type ClientQuestion =
  | { key: string; kind: 'maturity'; prompt: string; hint?: string; levels: string[] }
  | { key: string; kind: 'number'; prompt: string; hint?: string; unit: 'fte' | 'people' | 'eur'; min: number; max: number; step: number }
  | { key: string; kind: 'choice'; prompt: string; hint?: string; options: { value: string; label: string }[] }
  | { key: string; kind: 'languages'; prompt: string; hint?: string; options: { code: string; name: string }[] };

export type ClientAnswer = { value: AnswerValue; evidence: string | null; updatedAt: number; answeredBy: string | null };

type Entry = AnswerDimensionForm['answers'][number];

function toEntry(question: ClientQuestion, answer: ClientAnswer | undefined): Entry {
  const base = { questionKey: question.key, evidence: answer?.evidence ?? '', expectedUpdatedAt: answer?.updatedAt ?? null };
  const value = answer?.value;
  if (question.kind === 'languages') return { ...base, value: Array.isArray(value) ? value : [] };
  if (question.kind === 'number') return { ...base, value: typeof value === 'number' ? String(value) : '', unknown: !!answer && value === null };
  return { ...base, value: value === undefined || value === null ? '' : String(value) };
}

function QuestionError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

function QuestionBlock({
  question,
  index,
  number,
  answer,
  form,
}: {
  question: ClientQuestion;
  index: number;
  number: number;
  answer?: ClientAnswer;
  form: UseFormReturn<AnswerDimensionForm>;
}) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const format = useFormatter();
  const base = `q-${question.key.replace(/\W/g, '-')}`;
  const error = tr(form.formState.errors.answers?.[index]?.value?.message);
  const evidenceError = tr(form.formState.errors.answers?.[index]?.evidence?.message);
  const errorId = `${base}-error`;
  const hintId = `${base}-hint`;
  const invalid = { 'aria-invalid': !!error, 'aria-describedby': error ? errorId : undefined };
  const path = `answers.${index}.value` as const;
  const hint = question.hint;
  const unknown = form.watch(`answers.${index}.unknown`);
  return (
    <fieldset className="question" aria-describedby={hint ? hintId : undefined}>
      <legend>
        {number}. {question.prompt}
      </legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {question.kind === 'maturity' ? (
        <div className="levels">
          {question.levels.map((text, level) => (
            <label key={level} className="level">
              <input type="radio" value={String(level)} {...form.register(path)} {...invalid} />
              <span className="level-number" aria-hidden="true">
                {level}
              </span>
              <span>
                <span className="visually-hidden">{t('levelLabel', { level })} </span>
                {text}
              </span>
            </label>
          ))}
        </div>
      ) : null}
      {question.kind === 'choice' ? (
        <div className="levels">
          {question.options.map((option) => (
            <label key={option.value} className="level">
              <input type="radio" value={option.value} {...form.register(path)} {...invalid} />
              <span aria-hidden="true" />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      ) : null}
      {question.kind === 'number' ? (
        <div className="inline-form">
          <label htmlFor={`${base}-value`} className="visually-hidden">
            {question.prompt}
          </label>
          <input
            id={`${base}-value`}
            type="number"
            inputMode="decimal"
            min={question.min}
            max={question.max}
            step={question.step}
            disabled={!!unknown}
            {...form.register(path)}
            {...invalid}
          />
          <span>{t(`units.${question.unit}`)}</span>
          <label className="checkbox">
            <input type="checkbox" {...form.register(`answers.${index}.unknown`)} />
            {t('notKnown')}
          </label>
        </div>
      ) : null}
      {question.kind === 'languages' ? (
        <div className="checkbox-grid">
          {question.options.map((option) => (
            <label key={option.code} className="checkbox">
              <input type="checkbox" value={option.code} {...form.register(path)} {...invalid} />
              {option.name}
            </label>
          ))}
        </div>
      ) : null}
      <QuestionError id={errorId} message={error} />
      <div className="field">
        <label htmlFor={`${base}-evidence`}>{t('evidence')}</label>
        <textarea
          id={`${base}-evidence`}
          maxLength={EVIDENCE_MAX}
          placeholder={t('evidencePlaceholder')}
          aria-invalid={!!evidenceError}
          aria-describedby={evidenceError ? `${base}-evidence-error` : undefined}
          {...form.register(`answers.${index}.evidence`)}
        />
        <QuestionError id={`${base}-evidence-error`} message={evidenceError} />
      </div>
      {answer?.answeredBy ? <p className="answered-by">{t('answeredBy', { name: answer.answeredBy, date: formatMoment(format, answer.updatedAt) })}</p> : null}
    </fieldset>
  );
}

/**
 * The questions of one dimension. Only the questions the person changed are sent, each with the
 * version of the answer they saw, so that saving never overwrites someone else's newer answer.
 */
export function AnswerForm({
  workspaceId,
  diagnosticId,
  dimension,
  questions,
  initial,
  firstNumber,
  nextHref,
}: {
  workspaceId: string;
  diagnosticId: string;
  dimension: string;
  questions: ClientQuestion[];
  initial: Record<string, ClientAnswer>;
  firstNumber: number;
  nextHref?: string;
}) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const formRef = useRef<UseFormReturn<AnswerDimensionForm> | null>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { diagnosticId, dimension, answers: questions.map((q) => toEntry(q, initial[q.key])) },
    action: (values: z.input<typeof AnswerDimensionFields>) => {
      // Untouched questions go as blanks (kept in place so that messages match positions).
      const dirty = formRef.current?.formState.dirtyFields.answers ?? [];
      const answers = values.answers.map((entry, i) => {
        const changed = Object.values(dirty[i] ?? {}).some(Boolean);
        return changed ? entry : { questionKey: entry.questionKey, value: '', evidence: '', expectedUpdatedAt: entry.expectedUpdatedAt };
      });
      return answerDimensionAction(workspaceId, { ...values, answers });
    },
    onSuccess: (data) => {
      const current = formRef.current;
      if (current) {
        const values = current.getValues();
        values.answers.forEach((entry, i) => {
          const stamp = data.updatedAt[entry.questionKey];
          if (stamp !== undefined) values.answers[i] = { ...entry, expectedUpdatedAt: stamp };
        });
        current.reset(values);
      }
      setSaved(data.saved);
      router.refresh();
    },
  });
  useEffect(() => {
    formRef.current = form as unknown as UseFormReturn<AnswerDimensionForm>;
  }, [form]);
  return (
    <form onSubmit={(e) => (setSaved(null), onSubmit(e))} noValidate>
      <FormError message={tr(formError)} />
      {questions.map((question, index) => (
        <QuestionBlock
          key={question.key}
          question={question}
          index={index}
          number={firstNumber + index}
          answer={initial[question.key]}
          form={form as unknown as UseFormReturn<AnswerDimensionForm>}
        />
      ))}
      <div className="save-bar actions">
        <button type="submit" className="button primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('saving') : t('saveAnswers')}
        </button>
        {nextHref && saved !== null ? (
          <Link className="button ghost" href={nextHref}>
            {t('nextDimension')}
          </Link>
        ) : null}
        <FormSuccess message={saved === null ? null : t('savedCount', { count: saved })} />
      </div>
    </form>
  );
}
