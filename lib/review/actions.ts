'use server';

import { workspaceAction } from '@/lib/auth/action';
import { AdoptInput, DecideInput, ReplyInput, SubmitReviewInput, ThreadInput, ThreadStatusInput } from './schemas';
import { adoptReview, createReviewThread, decideReview, replyToReviewThread, setReviewThreadStatus, submitReview } from './queries';

// The review of the strategy document: the policy authorises the role, lib/review/queries.ts the
// resource (only named reviewers decide, the state machine says what may happen next).

export const submitReviewAction = workspaceAction('review.submit', SubmitReviewInput, 'review.submit', (ctx, input, tx) => submitReview(tx, ctx, input));

export const decideReviewAction = workspaceAction('review.decide', DecideInput, 'review.decide', (ctx, input, tx) => decideReview(tx, ctx, input));

export const adoptReviewAction = workspaceAction('review.adopt', AdoptInput, 'review.adopt', (ctx, input, tx) => adoptReview(tx, ctx, input));

export const openReviewThreadAction = workspaceAction('review.openThread', ThreadInput, 'review.comment', (ctx, input, tx) =>
  createReviewThread(tx, ctx, input),
);

export const replyToReviewThreadAction = workspaceAction('review.reply', ReplyInput, 'review.comment', (ctx, input, tx) => replyToReviewThread(tx, ctx, input));

export const setReviewThreadStatusAction = workspaceAction('review.setThreadStatus', ThreadStatusInput, 'review.comment', (ctx, input, tx) =>
  setReviewThreadStatus(tx, ctx, input),
);
