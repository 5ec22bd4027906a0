import { z } from 'zod';
import { Id, isRealDay, optionalId, requiredText } from '@/lib/zod-fields';

// Messages are keys under `calendar.calls.validation`, then the app-wide `validation` namespace.

export const ProjectCallInput = z.object({
  title: requiredText(2, 200, 'titleRequired', 'tooLong'),
  funder: requiredText(2, 200, 'funderRequired', 'tooLong'),
  deadline: z
    .string({ message: 'dateFormat' })
    .trim()
    .refine((v) => isRealDay(v) && v >= '1990-01-01' && v <= '2100-12-31', { message: 'dateFormat' }),
  url: z
    .string()
    .trim()
    .max(1000, { message: 'urlFormat' })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\/[^\s<>"]+$/i.test(v), { message: 'urlFormat' }),
  actionId: optionalId,
});
export type ProjectCallInput = z.infer<typeof ProjectCallInput>;
export type ProjectCallFormValues = z.input<typeof ProjectCallInput>;

export const ProjectCallRef = z.object({ id: Id });
