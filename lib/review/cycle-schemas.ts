import { z } from 'zod';
import { Id } from '@/lib/zod-fields';

// zod only (client and server): the inputs a review cycle takes the same way for the strategy
// document (./schemas.ts) and the yearly evaluation (lib/evaluation/schemas.ts), each with its own
// message keys.

/** The named reviewers: a checkbox list arrives as an array, a single string, or nothing when no box is ticked; 1 to 12 ids. */
export function reviewerIdList(messages: { required: string; tooMany: string }) {
  return z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []),
    z.array(Id).min(1, { message: messages.required }).max(12, { message: messages.tooMany }),
  );
}

/** A named reviewer's decision on a cycle; sending the version back (`changes_requested`) says why in `note`. */
export function reviewDecisionInput(messages: { decision: string; noteLength: string; noteRequired: string }) {
  return z
    .object({
      reviewId: Id,
      decision: z.enum(['approved', 'changes_requested'], { message: messages.decision }),
      note: z.string().trim().max(2000, { message: messages.noteLength }).default(''),
    })
    .refine((d) => d.decision !== 'changes_requested' || d.note.length > 0, { path: ['note'], message: messages.noteRequired });
}
