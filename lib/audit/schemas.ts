import { z } from 'zod';

const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .or(z.literal('').transform(() => undefined));

/** Filters of the audit-log page, read from the query string. */
export const AuditFilter = z
  .object({
    userId: z
      .string()
      .max(64)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    entityType: z
      .string()
      .max(64)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    from: dateOnly,
    to: dateOnly,
    page: z.coerce.number().int().min(1).max(100000).default(1),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'dateRangeOrder' });
export type AuditFilter = z.infer<typeof AuditFilter>;
