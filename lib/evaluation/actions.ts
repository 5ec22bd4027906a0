'use server';

import { workspaceAction } from '@/lib/auth/action';
import { AdoptEvaluationInput, DecideEvaluationReviewInput, FreezeEvaluationInput, OpenEvaluationInput, SubmitEvaluationReviewInput } from './schemas';
import { adoptEvaluation, freezeEvaluation, openEvaluation } from './queries';
import { decideEvaluationReview, submitEvaluationReview } from './review-queries';

// Managers open a year's evaluation and freeze versions of it; only an admin records the adoption.

export const openEvaluationAction = workspaceAction('evaluation.open', OpenEvaluationInput, 'evaluation.write', (ctx, input, tx) =>
  openEvaluation(tx, ctx, input),
);

export const freezeEvaluationAction = workspaceAction('evaluation.freeze', FreezeEvaluationInput, 'evaluation.write', (ctx, input, tx) =>
  freezeEvaluation(tx, ctx, input),
);

export const adoptEvaluationAction = workspaceAction('evaluation.adopt', AdoptEvaluationInput, 'evaluation.adopt', (ctx, input, tx) =>
  adoptEvaluation(tx, ctx, input),
);

// The review of a frozen version (lib/evaluation/review-queries.ts): managers submit it to named
// reviewers, who approve it or send it back; the resource rules (named reviewers only, the state
// machine) are checked there.

export const submitEvaluationReviewAction = workspaceAction('evaluation.submitReview', SubmitEvaluationReviewInput, 'evaluation.write', (ctx, input, tx) =>
  submitEvaluationReview(tx, ctx, input),
);

export const decideEvaluationReviewAction = workspaceAction('evaluation.decideReview', DecideEvaluationReviewInput, 'review.decide', (ctx, input, tx) =>
  decideEvaluationReview(tx, ctx, input),
);
