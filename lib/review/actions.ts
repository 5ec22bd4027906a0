'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { AdoptInput, DecideInput, ReplyInput, SubmitReviewInput, ThreadInput, ThreadStatusInput } from './schemas';
import { adoptReview, createReviewThread, decideReview, replyToReviewThread, setReviewThreadStatus, submitReview } from './queries';

// The review of the strategy document: the policy authorises the role, lib/review/queries.ts the
// resource (only named reviewers decide, the state machine says what may happen next).

export const submitReviewAction = workspaceQueryAction('review.submit', SubmitReviewInput, 'review.submit', submitReview);

export const decideReviewAction = workspaceQueryAction('review.decide', DecideInput, 'review.decide', decideReview);

export const adoptReviewAction = workspaceQueryAction('review.adopt', AdoptInput, 'review.adopt', adoptReview);

export const openReviewThreadAction = workspaceQueryAction('review.openThread', ThreadInput, 'review.comment', createReviewThread);

export const replyToReviewThreadAction = workspaceQueryAction('review.reply', ReplyInput, 'review.comment', replyToReviewThread);

export const setReviewThreadStatusAction = workspaceQueryAction('review.setThreadStatus', ThreadStatusInput, 'review.comment', setReviewThreadStatus);
