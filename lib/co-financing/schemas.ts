import { z } from 'zod';
import { CO_FINANCING_RULE_KEYS, FUNDER_KINDS, INSTALMENT_CONDITIONS } from '@/db/enums/co-financing';
import { Id, optionalDay, optionalText, requiredText } from '@/lib/zod-fields';
import { MAX_YEAR, MIN_YEAR } from '@/lib/external-actions/fields';
import { parseEurosToCents } from './money';

// Messages are keys under `coFinancing.validation`, then the app-wide `validation` namespace.

/** Euros as typed ("12 500,50") to integer cents; NaN for negatives, text or more than two decimals. */
const toCents = (empty: undefined | null) => (v: unknown) =>
  v === '' || v === null || v === undefined ? empty : typeof v === 'string' || typeof v === 'number' ? (parseEurosToCents(v) ?? Number.NaN) : Number.NaN;
const requiredCents = z.preprocess(
  toCents(undefined),
  z
    .number({ error: (issue) => (issue.input === undefined ? 'amountRequired' : 'amountFormat') })
    .refine((n) => Number.isInteger(n), { message: 'amountFormat' }),
);
const optionalCents = z.preprocess(
  toCents(null),
  z
    .number({ message: 'amountFormat' })
    .refine((n) => Number.isInteger(n), { message: 'amountFormat' })
    .nullable(),
);

const year = (message: string) =>
  z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
    z.number({ message }).int({ message }).min(MIN_YEAR, { message }).max(MAX_YEAR, { message }),
  );
const optionalYear = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? null : Number(v)),
  z.number({ message: 'yearRange' }).int({ message: 'yearRange' }).min(MIN_YEAR, { message: 'yearRange' }).max(MAX_YEAR, { message: 'yearRange' }).nullable(),
);
const days = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? 0 : Number(v)),
  z.number({ message: 'daysFormat' }).int({ message: 'daysFormat' }).min(0, { message: 'daysFormat' }).max(3660, { message: 'daysFormat' }),
);

const NAMED: readonly string[] = ['eu_programme', 'interreg', 'other'];
const WITH_STAFF: readonly string[] = ['own', 'partner_authority'];

const LineFields = z.object({
  year: year('yearRange'),
  funderKind: z.enum(FUNDER_KINDS, { message: 'choose' }),
  funderName: optionalText(200),
  callYear: optionalYear,
  asked: requiredCents,
  granted: optionalCents,
  paid: optionalCents,
  staffDays: days,
  staffDailyCost: optionalCents,
});

/**
 * Cross-field rules of a line (bad input, refused): the ministry's call is named by its year; an
 * EU programme, an Interreg programme or another funder by its name; staff time in kind belongs
 * to an authority; nothing is paid beyond what was granted (an overpayment is a typing error far
 * more often than a fact: docs/decisions/0026-co-financing-plans.md).
 */
function lineRules<T extends z.infer<typeof LineFields>>(v: T, ctx: z.RefinementCtx) {
  if (v.funderKind === 'ministry_call' && v.callYear === null) ctx.addIssue({ code: 'custom', path: ['callYear'], message: 'callYearRequired' });
  if (NAMED.includes(v.funderKind) && !v.funderName) ctx.addIssue({ code: 'custom', path: ['funderName'], message: 'funderNameRequired' });
  if (!WITH_STAFF.includes(v.funderKind) && v.staffDays > 0) ctx.addIssue({ code: 'custom', path: ['staffDays'], message: 'staffAuthorityOnly' });
  if (v.staffDays > 0 && !v.staffDailyCost) ctx.addIssue({ code: 'custom', path: ['staffDailyCost'], message: 'dailyCostRequired' });
  if ((v.paid ?? 0) > (v.granted ?? 0)) ctx.addIssue({ code: 'custom', path: ['paid'], message: 'paidOverGranted' });
}

export const CoFinancingLineInput = LineFields.extend({ actionId: Id }).superRefine(lineRules);
export type CoFinancingLineInput = z.infer<typeof CoFinancingLineInput>;
export type CoFinancingLineFormValues = z.input<typeof CoFinancingLineInput>;

export const UpdateCoFinancingLineInput = LineFields.extend({ id: Id }).superRefine(lineRules);
export type UpdateCoFinancingLineInput = z.infer<typeof UpdateCoFinancingLineInput>;

export const CoFinancingRef = z.object({ id: Id });
export type CoFinancingRef = z.infer<typeof CoFinancingRef>;

export const InstalmentInput = z.object({
  lineId: Id,
  amount: requiredCents.refine((n) => n > 0, { message: 'amountPositive' }),
  condition: z.enum(INSTALMENT_CONDITIONS, { message: 'choose' }),
  dueOn: optionalDay,
  receivedOn: optionalDay,
});
export type InstalmentInput = z.infer<typeof InstalmentInput>;
export type InstalmentFormValues = z.input<typeof InstalmentInput>;

const httpUrl = optionalText(500).refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), { message: 'urlFormat' });

/** An admin's version of a call rule: its threshold in whole percent and its source. */
export const CoFinancingRuleInput = z.object({
  key: z.enum(CO_FINANCING_RULE_KEYS, { message: 'choose' }),
  percent: z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
    z.number({ message: 'percentRange' }).int({ message: 'percentRange' }).min(0, { message: 'percentRange' }).max(100, { message: 'percentRange' }),
  ),
  sourceText: requiredText(3, 500, 'sourceRequired', 'tooLong'),
  sourceUrl: httpUrl,
});
export type CoFinancingRuleInput = z.infer<typeof CoFinancingRuleInput>;
export type CoFinancingRuleFormValues = z.input<typeof CoFinancingRuleInput>;
