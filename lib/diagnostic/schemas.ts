import { z } from 'zod';
import { Version } from '@/lib/concurrency';
import { Id } from '@/lib/zod-fields';
import { FOLLOW_UP_STATUSES } from '@/db/schema/diagnostic';
import { DIMENSION_KEYS } from './dimensions';

// Messages are keys under `diagnostic.validation` (components/diagnostic/use-diagnostic-message.ts).
// The answers' schemas, which need the whole questionnaire, are in answer-schemas.ts so that
// the other forms do not ship the questionnaire's text to the browser.

/** An identifier as sent by a form. */
export { Id };

const DateOnly = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateFormat' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'dateFormat',
  });

const OptionalDate = z.preprocess((v) => (v === '' || v === undefined ? null : v), DateOnly.nullable());
const OptionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), Id.nullable());

export const DiagnosticRef = z.object({ diagnosticId: Id });
export type DiagnosticRef = z.infer<typeof DiagnosticRef>;

export const DiagnosticInput = z.object({
  title: z.string().trim().min(2, { message: 'titleLength' }).max(120, { message: 'titleLength' }),
  heldOn: DateOnly,
});
export type DiagnosticInput = z.infer<typeof DiagnosticInput>;

export const UpdateDiagnosticInput = DiagnosticInput.extend({ diagnosticId: Id, version: Version });
export type UpdateDiagnosticInput = z.infer<typeof UpdateDiagnosticInput>;

export const DimensionKey = z.string().refine((key) => (DIMENSION_KEYS as readonly string[]).includes(key), { message: 'dimensionUnknown' });

/** Who answers a dimension: the whole list, replacing the previous one. */
export const AssignInput = z.object({
  diagnosticId: Id,
  dimension: DimensionKey,
  userIds: z
    .array(Id)
    .max(20, { message: 'tooManyAssignees' })
    .transform((ids) => [...new Set(ids)]),
});
export type AssignInput = z.infer<typeof AssignInput>;

// Whether the rule exists and holds for the diagnostic is checked in queries.ts (createFollowUp).
const RuleKey = z.string().regex(/^[a-z_]{2,64}$/, { message: 'ruleUnknown' });

const FollowUpFields = z.object({
  title: z.string().trim().min(2, { message: 'titleLength' }).max(160, { message: 'titleLength' }),
  ownerId: OptionalId,
  dueOn: OptionalDate,
});

export const FollowUpInput = FollowUpFields.extend({ diagnosticId: Id, ruleKey: RuleKey });
export type FollowUpInput = z.output<typeof FollowUpInput>;

export const UpdateFollowUpInput = FollowUpFields.extend({ followUpId: Id, status: z.enum(FOLLOW_UP_STATUSES), version: Version });

/** A stored follow-up item as its edit form shows it (lib/concurrency.ts). */
export function followUpFormValues(f: { title: string; ownerId: string | null; dueOn: string | null; status: string }) {
  return { title: f.title, ownerId: f.ownerId ?? '', dueOn: f.dueOn ?? '', status: f.status };
}
export type UpdateFollowUpInput = z.output<typeof UpdateFollowUpInput>;

/** `?compare=` on the results page: another diagnostic of the workspace, or nothing. */
export const CompareParam = z.object({ compare: z.string().max(64).optional() });
