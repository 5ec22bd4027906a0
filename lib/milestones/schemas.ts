import { z } from 'zod';
import { MILESTONE_KINDS } from '@/db/enums/milestones';
import { optionalText } from '@/lib/external-actions/fields';
import { Id, optionalDayWhere } from '@/lib/zod-fields';

// Messages are keys under `milestones.validation`, then the app-wide `validation` namespace.

/** A real calendar day between 1990 and 2100 (2026-02-30 is refused, not rolled over). */
const isDay = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '1990-01-01' && v <= '2100-12-31' && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
const safeDay = (v: string) => {
  try {
    return isDay(v);
  } catch {
    return false;
  }
};
const requiredDate = z.string({ message: 'dateRequired' }).trim().min(1, { message: 'dateRequired' }).refine(safeDay, { message: 'dateFormat' });
const optionalDate = optionalDayWhere(safeDay);

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
