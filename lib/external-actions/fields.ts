import { z } from 'zod';
import { isCountryCode, isLanguageCode } from '@/lib/geo';
import { optionalDayWhere, optionalId, optionalText, stringList } from '@/lib/zod-fields';
import { FUNDING_SOURCES } from '@/db/enums/departments';

// Field parsers shared by the actions, departments and competencies schemas. Messages are keys
// under `externalActions.validation`, then the app-wide `validation` namespace.

export { optionalId, optionalText, stringList };

/** Languages by ISO 639 code, lower-cased. */
export const languageList = stringList(20, 12)
  .transform((codes) => codes.map((c) => c.toLowerCase()))
  .refine((codes) => codes.every((c) => isLanguageCode(c)), { message: 'languageCode' });

/** Countries by ISO 3166-1 alpha-2 code, upper-cased. */
export const countryList = stringList(60, 2)
  .transform((codes) => codes.map((c) => c.toUpperCase()))
  .refine((codes) => codes.every((c) => isCountryCode(c)), { message: 'countryCode' });

/** An optional calendar date (YYYY-MM-DD); empty becomes null. */
export const optionalDate = optionalDayWhere((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)));

/** A required calendar date (YYYY-MM-DD). */
export const requiredDate = z
  .string({ message: 'dateRequired' })
  .trim()
  .min(1, { message: 'dateRequired' })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), { message: 'dateFormat' });

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** A budget year. */
export const budgetYear = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
  z.number({ message: 'yearRange' }).int({ message: 'yearRange' }).min(MIN_YEAR, { message: 'yearRange' }).max(MAX_YEAR, { message: 'yearRange' }),
);

/** Largest amount accepted on one budget line: a billion euros. */
export const MAX_AMOUNT = 1_000_000_000;

/**
 * An amount in euros as people type it ("12 500", "12500,50", "12 500.5 €"), as a number with at
 * most two decimals. Stored in cents by the queries.
 */
export const euros = z.preprocess(
  (v) => {
    if (typeof v === 'number') return v;
    if (typeof v !== 'string') return undefined;
    const cleaned = v.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
    if (cleaned === '') return undefined;
    return /^\d+(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  },
  z
    .number({ message: 'amountFormat' })
    .refine((n) => Number.isFinite(n), { message: 'amountFormat' })
    .refine((n) => n > 0, { message: 'amountPositive' })
    .refine((n) => n <= MAX_AMOUNT, { message: 'amountTooLarge' })
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'amountFormat' }),
);

/** Euros to integer cents, without float drift. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** One budget line of an action or a mission: year, amount, funding source, optional department and label. */
export const BudgetLineInput = z.object({
  year: budgetYear,
  amount: euros,
  fundingSource: z.enum(FUNDING_SOURCES, { message: 'choose' }),
  departmentId: optionalId,
  label: optionalText(160),
});
