import { z } from 'zod';
import { Id, isRealDay } from '@/lib/zod-fields';
import { reviewDecisionInput, reviewerIdList } from './cycle-schemas';

// Messages are keys `validation.review*` (translated by the Field component and the action wrapper).

const Day = z.string().refine(isRealDay, { message: 'reviewDateInvalid' });
const Body = z.string().trim().min(1, { message: 'reviewBodyRequired' }).max(4000, { message: 'reviewBodyLength' });

const IdList = reviewerIdList({ required: 'reviewReviewersRequired', tooMany: 'reviewReviewersTooMany' });

/** Submits a saved version for review (or resubmits a newer one in place of the open cycle). */
export const SubmitReviewInput = z.object({
  versionId: Id,
  reviewerIds: IdList,
  dueDate: Day,
  message: z.string().trim().max(2000, { message: 'reviewMessageLength' }).default(''),
});
export type SubmitReviewInput = z.infer<typeof SubmitReviewInput>;

/** A named reviewer's decision; asking for changes says which. */
export const DecideInput = reviewDecisionInput({ decision: 'reviewDecisionRequired', noteLength: 'reviewMessageLength', noteRequired: 'reviewNoteRequired' });
export type DecideInput = z.infer<typeof DecideInput>;

/** The adoption of an approved version by the deciding body. */
export const AdoptInput = z.object({
  reviewId: Id,
  adoptedOn: Day,
  body: z.string().trim().min(2, { message: 'reviewAdoptionBodyLength' }).max(200, { message: 'reviewAdoptionBodyLength' }),
  reference: z.string().trim().min(1, { message: 'reviewReferenceRequired' }).max(120, { message: 'reviewReferenceLength' }),
});
export type AdoptInput = z.infer<typeof AdoptInput>;

/** A passage of a section's plain text: what was quoted and where. */
export const Anchor = z
  .object({
    quote: z.string().min(1).max(1000),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((a) => a.end > a.start, { path: ['end'], message: 'reviewAnchorInvalid' });
export type Anchor = z.infer<typeof Anchor>;

/** A new thread on a section of the version under review, on a passage or on the whole section. */
export const ThreadInput = z.object({
  reviewId: Id,
  sectionId: Id,
  body: Body,
  anchor: Anchor.nullable().default(null),
});
export type ThreadInput = z.infer<typeof ThreadInput>;

export const ReplyInput = z.object({ threadId: Id, body: Body });
export type ReplyInput = z.infer<typeof ReplyInput>;

export const ThreadStatusInput = z.object({ threadId: Id, status: z.enum(['open', 'resolved']) });
export type ThreadStatusInput = z.infer<typeof ThreadStatusInput>;
