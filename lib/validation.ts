import { z } from 'zod';
import fr from 'zod/v4/locales/fr.js';
import en from 'zod/v4/locales/en.js';
import type { Locale } from '@/lib/i18n/config';

const LOCALE_MAPS = { fr: fr().localeError, en: en().localeError } as const;

/** zod's own messages in the person's language (schema-level messages, which are keys, win). */
export function zodErrorMap(locale: Locale) {
  return LOCALE_MAPS[locale];
}

/** Flattens a zod error into `{ 'field.path': message }`, keeping the first message per field. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

/** Parses with messages in `locale`; the result is the one that counts on the server. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, locale: Locale) {
  return schema.safeParse(raw, { error: zodErrorMap(locale) });
}
