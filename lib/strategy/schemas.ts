import { z } from 'zod';
import { optionalText, requiredText, optionalId } from '@/lib/zod-fields';
import { INDICATOR_FREQUENCIES } from '@/db/schema/strategy';
import { Version } from '@/lib/concurrency';

// Messages are keys under `strategy.validation`, then the app-wide `validation` namespace
// (components/strategy/use-strategy-message.ts).

const Id = z.string({ message: 'required' }).min(1, { message: 'required' }).max(64);

/** One entry per line (textarea) or an array; trimmed, empty lines dropped. */
const lines = (maxItems: number, maxLength: number) =>
  z
    .union([z.string(), z.array(z.string())], { message: 'linesInvalid' })
    .transform((v) => (Array.isArray(v) ? v : v.split('\n')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(maxLength, { message: 'lineTooLong' })).max(maxItems, { message: 'tooManyLines' }));

const year = z.coerce
  .number({ message: 'yearInvalid' })
  .int({ message: 'yearInvalid' })
  .min(2000, { message: 'yearInvalid' })
  .max(2100, { message: 'yearInvalid' });

const day = z
  .string({ message: 'dateRequired' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateFormat' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'dateFormat' });

const number = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'))) : v),
  // Bounded: a figure beyond a thousand billion is a typing error, and would not print.
  z.number({ message: 'numberRequired' }).finite({ message: 'numberRequired' }).min(-1e12, { message: 'numberRange' }).max(1e12, { message: 'numberRange' }),
);

/** The strategy's period, vision, thread and principles. `version` is the one the form loaded (0 for a new strategy). */
export const StrategyInput = z
  .object({
    periodStart: year,
    periodEnd: year,
    vision: requiredText(10, 2000, 'visionLength'),
    thread: requiredText(10, 1000, 'threadLength'),
    principles: lines(12, 300),
    // A number or its digits as a form sends them: z.coerce alone would read null or true as a version.
    version: z
      .union([
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,15}$/)
          .transform(Number),
      ])
      .pipe(z.number().int().min(0)),
  })
  .refine((s) => s.periodEnd >= s.periodStart, { path: ['periodEnd'], message: 'periodOrder' });
export type StrategyInput = z.output<typeof StrategyInput>;
export type StrategyFormValues = z.input<typeof StrategyInput>;

const AxisFields = z.object({
  title: requiredText(3, 160, 'axisTitleLength'),
  objectives: lines(10, 400).refine((o) => o.length > 0, { message: 'objectivesRequired' }),
});
export const AxisInput = AxisFields;
export type AxisInput = z.output<typeof AxisInput>;
export type AxisFormValues = z.input<typeof AxisInput>;
export const UpdateAxisInput = AxisFields.extend({ axisId: Id, version: Version });
export type UpdateAxisInput = z.output<typeof UpdateAxisInput>;
export const AxisRef = z.object({ axisId: Id });

/** Where an action sits: on an axis, or outside the thread with a reason (exactly one). */
export const PlacementInput = z
  .object({
    actionId: Id,
    /** An axis id, or `outside`. */
    placement: z.string({ message: 'placementRequired' }).min(1, { message: 'placementRequired' }).max(64),
    outsideReason: optionalText(500),
  })
  .superRefine((p, ctx) => {
    if (p.placement === 'outside' && (!p.outsideReason || p.outsideReason.length < 5)) {
      ctx.addIssue({ code: 'custom', path: ['outsideReason'], message: 'outsideReasonRequired' });
    }
  });
export type PlacementInput = z.output<typeof PlacementInput>;

/** A contributor's proposal to place an action on an axis. */
export const ProposalInput = z.object({
  actionId: Id,
  axisId: Id,
  note: optionalText(500),
});
export type ProposalInput = z.output<typeof ProposalInput>;
export const ActionRef = z.object({ actionId: Id });

/** Attaches a diagnostic follow-up item to an axis (or detaches it with an empty axis). */
export const FollowUpAxisInput = z.object({
  followUpId: Id,
  axisId: optionalId,
});
export type FollowUpAxisInput = z.output<typeof FollowUpAxisInput>;

const IndicatorFields = z.object({
  name: requiredText(3, 200, 'indicatorNameLength'),
  unit: requiredText(1, 40, 'unitLength'),
  baseline: number,
  target: number,
  targetDate: day,
  ownerId: optionalId,
  frequency: z.enum(INDICATOR_FREQUENCIES, { message: 'choose' }),
});

/** A new indicator, on an axis or on an action (exactly one). */
export const IndicatorInput = IndicatorFields.extend({
  axisId: optionalId,
  actionId: optionalId,
}).refine((i) => (i.axisId ? 1 : 0) + (i.actionId ? 1 : 0) === 1, { path: ['axisId'], message: 'indicatorTarget' });
export type IndicatorInput = z.output<typeof IndicatorInput>;
export type IndicatorFormValues = z.input<typeof IndicatorInput>;

export const UpdateIndicatorInput = IndicatorFields.extend({ indicatorId: Id, version: Version });
export type UpdateIndicatorInput = z.output<typeof UpdateIndicatorInput>;
export type UpdateIndicatorFormValues = z.input<typeof UpdateIndicatorInput>;
export const IndicatorRef = z.object({ indicatorId: Id });

/** A value observed for an indicator. */
export const IndicatorValueInput = z.object({
  indicatorId: Id,
  observedOn: day,
  value: number,
  source: requiredText(2, 300, 'sourceLength'),
  comment: optionalText(1000),
});
export type IndicatorValueInput = z.output<typeof IndicatorValueInput>;
export type IndicatorValueFormValues = z.input<typeof IndicatorValueInput>;
export const IndicatorValueRef = z.object({ valueId: Id });

export { axisFormValues, indicatorFormValues, strategyFormValues } from './form-values';
