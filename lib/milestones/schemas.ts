import { z } from 'zod';
import { MILESTONE_KINDS } from '@/db/enums/milestones';
import { optionalDate, optionalText, requiredDate } from '@/lib/external-actions/fields';

// Messages are keys under `milestones.validation`, then the app-wide `validation` namespace.

const Id = z.string().min(1).max(64);

export const MilestoneInput = z.object({
  actionId: Id,
  kind: z.enum(MILESTONE_KINDS, { message: 'choose' }),
  label: optionalText(200),
  dueOn: requiredDate,
  doneOn: optionalDate,
});
export type MilestoneInput = z.infer<typeof MilestoneInput>;
export type MilestoneFormValues = z.input<typeof MilestoneInput>;

export const UpdateMilestoneInput = MilestoneInput.omit({ actionId: true }).extend({ id: Id });
export type UpdateMilestoneInput = z.infer<typeof UpdateMilestoneInput>;

/** Marks a milestone done on a day, or not done (`doneOn` empty). */
export const MilestoneDoneInput = z.object({ id: Id, doneOn: optionalDate });
export type MilestoneDoneInput = z.infer<typeof MilestoneDoneInput>;

export const MilestoneRef = z.object({ id: Id });
