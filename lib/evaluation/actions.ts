'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { AdoptEvaluationInput, DecideEvaluationReviewInput, FreezeEvaluationInput, OpenEvaluationInput, SubmitEvaluationReviewInput } from './schemas';
import { adoptEvaluation, freezeEvaluation, openEvaluation } from './queries';
import { decideEvaluationReview, submitEvaluationReview } from './review-queries';

// Managers open a year's evaluation and freeze versions of it; only an admin records the adoption.

export const openEvaluationAction = workspaceQueryAction('evaluation.open', OpenEvaluationInput, 'evaluation.write', openEvaluation);

export const freezeEvaluationAction = workspaceQueryAction('evaluation.freeze', FreezeEvaluationInput, 'evaluation.write', freezeEvaluation);

export const adoptEvaluationAction = workspaceQueryAction('evaluation.adopt', AdoptEvaluationInput, 'evaluation.adopt', adoptEvaluation);

// The review of a frozen version (lib/evaluation/review-queries.ts): managers submit it to named
// reviewers, who approve it or send it back; the resource rules (named reviewers only, the state
// machine) are checked there.

export const submitEvaluationReviewAction = workspaceQueryAction(
  'evaluation.submitReview',
  SubmitEvaluationReviewInput,
  'evaluation.write',
  submitEvaluationReview,
);

export const decideEvaluationReviewAction = workspaceQueryAction(
  'evaluation.decideReview',
  DecideEvaluationReviewInput,
  'review.decide',
  decideEvaluationReview,
);
