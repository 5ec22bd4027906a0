import { z } from 'zod';
import { Id, isRealDay } from '@/lib/zod-fields';
import { reviewDecisionInput, reviewerIdList } from '@/lib/review/cycle-schemas';

// zod only: importable by client and server. Messages are keys under `evaluation.validation`.

/** The first year an evaluation may cover; the last is the current year (checked in lib/evaluation/queries.ts). */
export const FIRST_EVALUATION_YEAR = 2000;

export const EvaluationYear = z.coerce
  .number({ message: 'evaluationYear' })
  .int({ message: 'evaluationYear' })
  .min(FIRST_EVALUATION_YEAR, { message: 'evaluationYear' })
  .max(2100, { message: 'evaluationYear' });

export const OpenEvaluationInput = z.object({ year: EvaluationYear });
export type OpenEvaluationInput = z.infer<typeof OpenEvaluationInput>;

export const FreezeEvaluationInput = z.object({ evaluationId: Id });
export type FreezeEvaluationInput = z.infer<typeof FreezeEvaluationInput>;

export const AdoptEvaluationInput = z.object({
  versionId: Id,
  adoptedOn: z
    .string({ message: 'evaluationAdoptedOn' })
    .trim()
    .refine((v) => isRealDay(v), { message: 'evaluationAdoptedOn' }),
  body: z.string({ message: 'evaluationAdoptionBody' }).trim().min(2, { message: 'evaluationAdoptionBody' }).max(200, { message: 'evaluationAdoptionBody' }),
  reference: z
    .string({ message: 'evaluationAdoptionReference' })
    .trim()
    .min(1, { message: 'evaluationAdoptionReference' })
    .max(120, { message: 'evaluationAdoptionReference' }),
});
export type AdoptEvaluationInput = z.infer<typeof AdoptEvaluationInput>;

const ReviewerIds = reviewerIdList({ required: 'evaluationReviewersRequired', tooMany: 'evaluationReviewersTooMany' });

/** Submits a frozen version for review, naming its reviewers and the day they answer by. */
export const SubmitEvaluationReviewInput = z.object({
  versionId: Id,
  reviewerIds: ReviewerIds,
  dueOn: z
    .string({ message: 'evaluationReviewDueOn' })
    .trim()
    .refine((v) => isRealDay(v), { message: 'evaluationReviewDueOn' }),
  message: z.string().trim().max(2000, { message: 'evaluationReviewMessageLength' }).default(''),
});
export type SubmitEvaluationReviewInput = z.infer<typeof SubmitEvaluationReviewInput>;

/** A named reviewer's decision; sending the version back says why. */
export const DecideEvaluationReviewInput = reviewDecisionInput({
  decision: 'evaluationReviewDecision',
  noteLength: 'evaluationReviewMessageLength',
  noteRequired: 'evaluationReviewNoteRequired',
});
export type DecideEvaluationReviewInput = z.infer<typeof DecideEvaluationReviewInput>;
