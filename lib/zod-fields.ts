import { z } from 'zod';
import { isCountryCode } from '@/lib/geo';

// Field builders shared by the domains' schemas (issue 23). Messages are keys: each domain's
// message hook looks them up in its own `validation` namespace, then the app-wide `validation`
// namespace (components/ui/use-domain-message.ts), so the same key reads in French and English.

/** A record's id as forms and URLs send it. */
export const Id = z.string().min(1).max(64);

/**
 * Required text, trimmed, between `min` and `max` characters; `message` for a missing or short
 * value (and a long one unless `tooLong` is given).
 */
export const requiredText = (min: number, max: number, message: string, tooLong = message) =>
  z.string({ message }).trim().min(min, { message }).max(max, { message: tooLong });

/** `field`, optional: missing, null or empty ('' from a form) becomes null. */
export const emptyAsNull = <S extends z.ZodType<string, string>>(field: S) =>
  field
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** Optional text, trimmed; empty becomes null. */
export const optionalText = (max: number) => emptyAsNull(z.string().trim().max(max, { message: 'tooLong' }));

/** An optional email, trimmed and lower-cased; empty becomes null. `tooLong`: the message of one over 254 characters (zod's own without it). */
export const optionalEmail = (tooLong?: string) =>
  emptyAsNull(
    z
      .string()
      .trim()
      .toLowerCase()
      .max(254, tooLong && { message: tooLong }),
  ).refine((v) => v === null || z.email().safeParse(v).success, { message: 'emailFormat' });

/** An optional phone number (digits, spaces, + ( ) . / -), trimmed; empty becomes null. `tooLong` as for `optionalEmail`. */
export const optionalPhone = (tooLong?: string) =>
  emptyAsNull(
    z
      .string()
      .trim()
      .max(40, tooLong && { message: tooLong }),
  ).refine((v) => v === null || /^[+()\d\s./-]{4,40}$/.test(v), { message: 'phoneFormat' });

/** An optional id from a select: '' becomes null. */
export const optionalId = emptyAsNull(z.string().max(64));

/** A real calendar day as YYYY-MM-DD (Date.parse alone reads 2026-02-30 as 2 March). */
export const isRealDay = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** An optional day, trimmed; empty becomes null; one that `isDay` refuses fails with `dateFormat`. */
export const optionalDayWhere = (isDay: (v: string) => boolean) =>
  emptyAsNull(z.string().trim()).refine((v) => v === null || isDay(v), { message: 'dateFormat' });

/** An optional real calendar day (YYYY-MM-DD), trimmed; empty becomes null. */
export const optionalDay = optionalDayWhere(isRealDay);

/** A comma-separated string or an array, trimmed, de-duplicated, empty entries dropped. */
export const stringList = (maxItems: number, maxLength: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => {
      const items = (Array.isArray(v) ? v : (v ?? '').split(/[,;|]/)).map((s) => s.trim()).filter(Boolean);
      return [...new Set(items)];
    })
    .pipe(z.array(z.string().max(maxLength, { message: 'tooLong' })).max(maxItems, { message: 'tooMany' }));

/** A list filter read from the query string: trimmed text, absent when empty or unreadable. */
export const optionalParam = (max = 120) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined));

/**
 * The order and page of a list, read from the query string: a column of `sortable`, a direction
 * and a page, each falling back to the list's default when absent or unreadable (a bad link opens
 * the list, it does not refuse it). Spread into the list's filter schema.
 */
export const listOrder = <S extends readonly [string, ...string[]]>(sortable: S, defaults: { sort: S[number]; dir: 'asc' | 'desc'; size: number }) => ({
  sort: z
    .enum(sortable)
    .optional()
    .catch(undefined)
    .transform((v): S[number] => v ?? defaults.sort),
  dir: z
    .enum(['asc', 'desc'])
    .optional()
    .catch(undefined)
    .transform((v) => v ?? defaults.dir),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
  size: z.coerce.number().int().min(10).max(200).catch(defaults.size).default(defaults.size),
});

/** An optional country as an ISO 3166-1 alpha-2 code, trimmed and upper-cased; empty becomes null. */
export const optionalCountry = emptyAsNull(z.string().trim().toUpperCase()).refine((v) => v === null || isCountryCode(v), { message: 'countryCode' });

/** A list's country filter from the query string: a known ISO code, or no filter. */
export const countryParam = z
  .string()
  .toUpperCase()
  .optional()
  .catch(undefined)
  .transform((v) => (v && isCountryCode(v) ? v : undefined));
