import { z } from 'zod';
import { isLanguageCode } from '@/lib/geo';
import { findQuestion, getQuestionnaire, type Question } from './questionnaire';
import { DimensionKey, Id } from './schemas';
import type { AnswerValue } from './scoring';

// Answers to the questionnaire, read against its questions. Messages are keys under
// `diagnostic.validation`, as in schemas.ts.

import { EVIDENCE_MAX } from './limits';
import { emptyAsNull } from '@/lib/zod-fields';

export { EVIDENCE_MAX };

/** A value as typed in the form: radio and select give strings, checkboxes arrays or booleans. */
type RawValue = unknown;

/**
 * Reads a form value for a question: `undefined` when nothing was given (not answered), otherwise
 * the stored value, or a message key when the value does not fit the question.
 */
export function readAnswerValue(question: Question, raw: RawValue, unknown?: boolean): { value?: AnswerValue; error?: string } {
  const blank = raw === undefined || raw === null || raw === '' || raw === false || (Array.isArray(raw) && raw.length === 0);
  switch (question.kind) {
    case 'maturity': {
      if (blank) return {};
      const n = typeof raw === 'number' ? raw : Number(raw);
      return Number.isInteger(n) && n >= 0 && n <= 4 ? { value: n } : { error: 'levelRange' };
    }
    case 'number': {
      if (unknown) return { value: null };
      if (blank) return {};
      const n = typeof raw === 'number' ? raw : Number(String(raw).replace(',', '.').replace(/\s/g, ''));
      if (!Number.isFinite(n) || n < question.min || n > question.max) return { error: 'numberRange' };
      const steps = n / question.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-6) return { error: 'numberStep' };
      return { value: question.step < 1 ? Math.round(n * 10) / 10 : n };
    }
    case 'choice': {
      if (blank) return {};
      return typeof raw === 'string' && question.options.some((o) => o.value === raw) ? { value: raw } : { error: 'optionUnknown' };
    }
    case 'languages': {
      if (blank) return {};
      const codes = (Array.isArray(raw) ? raw : [raw]).map((c) => String(c).trim().toLowerCase()).filter(Boolean);
      if (codes.length > 40 || !codes.every(isLanguageCode)) return { error: 'languageCode' };
      return { value: [...new Set(codes)].sort() };
    }
  }
}

const AnswerEntry = z.object({
  questionKey: z.string().min(1).max(80),
  value: z.unknown().optional(),
  /** For figures: "not known" ticked. */
  unknown: z.boolean().optional(),
  evidence: emptyAsNull(z.string().trim().max(EVIDENCE_MAX, { message: 'evidenceTooLong' })),
  /** The answer's `updatedAt` (ms) when the person loaded it, or null if it was unanswered. */
  expectedUpdatedAt: z.number().int().nullable().optional(),
});

/**
 * Answers to the questions of one dimension, as the form holds them: each entry is checked
 * against its question (in the current questionnaire) at its own position, so that messages land
 * beside the right question. Blank entries are allowed: they stay unanswered.
 */
export const AnswerDimensionFields = z
  .object({
    diagnosticId: Id,
    dimension: DimensionKey,
    answers: z.array(AnswerEntry).max(20),
  })
  .superRefine((input, ctx) => {
    const questionnaire = getQuestionnaire();
    input.answers.forEach((entry, index) => {
      const found = findQuestion(questionnaire, entry.questionKey);
      if (!found || found.dimension.key !== input.dimension) {
        ctx.addIssue({ code: 'custom', path: ['answers', index, 'value'], message: 'questionUnknown' });
        return;
      }
      const read = readAnswerValue(found.question, entry.value, entry.unknown);
      if (read.error) ctx.addIssue({ code: 'custom', path: ['answers', index, 'value'], message: read.error });
      else if (read.value === undefined && entry.evidence) {
        ctx.addIssue({ code: 'custom', path: ['answers', index, 'value'], message: 'evidenceNeedsAnswer' });
      }
    });
  });
export type AnswerDimensionForm = z.input<typeof AnswerDimensionFields>;

/**
 * The same, read into stored values: blank entries are dropped, each kept entry remembers its
 * position in the form (`index`) so that a refusal from the database can point at it.
 */
export const AnswerDimensionInput = AnswerDimensionFields.transform((input) => {
  const questionnaire = getQuestionnaire();
  const answers: {
    index: number;
    questionKey: string;
    value: AnswerValue;
    unknown: boolean;
    evidence: string | null;
    expectedUpdatedAt: number | null;
  }[] = [];
  input.answers.forEach((entry, index) => {
    const { question } = findQuestion(questionnaire, entry.questionKey)!;
    const read = readAnswerValue(question, entry.value, entry.unknown);
    if (read.value === undefined) return;
    answers.push({
      index,
      questionKey: entry.questionKey,
      value: read.value,
      unknown: read.value === null,
      evidence: entry.evidence,
      expectedUpdatedAt: entry.expectedUpdatedAt ?? null,
    });
  });
  return { diagnosticId: input.diagnosticId, dimension: input.dimension, answers };
});
export type AnswerDimensionInput = z.output<typeof AnswerDimensionInput>;
