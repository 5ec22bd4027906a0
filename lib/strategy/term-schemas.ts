import { z } from 'zod';
import { Id, isRealDay, optionalText } from '@/lib/zod-fields';

// Inputs of indicators over the term and of reporting rounds (issue 21, points 1–2). Messages are
// keys under `rounds.validation`, then the app-wide `validation` namespace.

const year = z.coerce
  .number({ message: 'yearInvalid' })
  .int({ message: 'yearInvalid' })
  .min(2000, { message: 'yearInvalid' })
  .max(2100, { message: 'yearInvalid' });

const number = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'))) : v),
  z.number({ message: 'numberRequired' }).finite({ message: 'numberRequired' }).min(-1e12, { message: 'numberRange' }).max(1e12, { message: 'numberRange' }),
);
const optionalNumber = z.preprocess((v) => (v === '' || v === undefined ? null : v), number.nullable());

/** A threshold as a percentage of the year's expected progress (0–200 %), stored as a share. */
const percent = z.preprocess(
  (v) => (v === '' || v === undefined ? null : v),
  z.coerce
    .number({ message: 'percentRange' })
    .finite({ message: 'percentRange' })
    .min(0, { message: 'percentRange' })
    .max(200, { message: 'percentRange' })
    .nullable(),
);

const thresholdsRefine = <T extends { atRiskBelow: number | null; offTrackBelow: number | null }>(t: T, ctx: z.RefinementCtx) => {
  if ((t.atRiskBelow === null) !== (t.offTrackBelow === null)) ctx.addIssue({ code: 'custom', path: ['offTrackBelow'], message: 'thresholdsBoth' });
  else if (t.atRiskBelow !== null && t.offTrackBelow !== null && t.offTrackBelow >= t.atRiskBelow)
    ctx.addIssue({ code: 'custom', path: ['offTrackBelow'], message: 'thresholdsOverlap' });
};

/** An indicator's targets per year, its thresholds (empty: the workspace's) and its range. */
export const IndicatorTermInput = z
  .object({
    indicatorId: Id,
    targets: z
      .array(z.object({ year, target: number }), { message: 'invalid' })
      .max(30, { message: 'tooManyLines' })
      .refine((list) => new Set(list.map((t) => t.year)).size === list.length, { message: 'yearTwice' }),
    atRiskBelow: percent,
    offTrackBelow: percent,
    minValue: optionalNumber,
    maxValue: optionalNumber,
  })
  .superRefine((t, ctx) => {
    thresholdsRefine(t, ctx);
    if (t.minValue !== null && t.maxValue !== null && t.minValue > t.maxValue) ctx.addIssue({ code: 'custom', path: ['maxValue'], message: 'rangeOrder' });
  });
export type IndicatorTermInput = z.output<typeof IndicatorTermInput>;

/** The workspace's default thresholds, both required. */
export const ThresholdDefaultsInput = z
  .object({ atRiskBelow: percent, offTrackBelow: percent })
  .superRefine(thresholdsRefine)
  .refine((t) => t.atRiskBelow !== null && t.offTrackBelow !== null, { path: ['atRiskBelow'], message: 'thresholdsBoth' });
export type ThresholdDefaultsInput = z.output<typeof ThresholdDefaultsInput>;

const day = z
  .string({ message: 'dateRequired' })
  .trim()
  .refine((v) => isRealDay(v), { message: 'dateFormat' });

/** Opens the reporting round of a year, with the day values are due. */
export const OpenRoundInput = z.object({ year, dueOn: day });
export type OpenRoundInput = z.output<typeof OpenRoundInput>;
export const RoundRef = z.object({ roundId: Id });

/** One row of a round's spreadsheet, as read back (cells are text). */
export const RoundImportRow = z.object({
  line: z.number().int().min(1),
  valueId: z.string().trim().max(64),
  indicatorId: z.string().trim().max(64),
  observedOn: z.string().trim().max(40),
  value: z.string().trim().max(60),
  source: z.string().trim().max(400),
  comment: z.string().trim().max(1200),
});
export type RoundImportRow = z.output<typeof RoundImportRow>;
export const RoundImportInput = z.object({ roundId: Id, rows: z.array(RoundImportRow).max(5000, { message: 'importTooManyRows' }) });
export type RoundImportInput = z.output<typeof RoundImportInput>;

export const valueComment = optionalText(1000);
