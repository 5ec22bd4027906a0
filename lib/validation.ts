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

/**
 * Characters no field may hold, whatever its schema: C0 controls other than tab, line feed and
 * carriage return, DEL, and UTF-16 halves without their other half (they break JSON, XML exports
 * and the DOCX/PDF renderers). Refused with `validation.textCharacters`, never silently removed.
 */
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Paths of the strings in `raw` (at any depth, keys included) holding a forbidden character. */
function forbiddenCharacterPaths(raw: unknown, path: PropertyKey[] = [], depth = 0, out: PropertyKey[][] = []) {
  if (out.length >= 20 || depth > 12) return out;
  if (typeof raw === 'string') {
    if (FORBIDDEN_CHARACTERS.test(raw)) out.push(path);
  } else if (Array.isArray(raw)) {
    raw.forEach((item, i) => forbiddenCharacterPaths(item, [...path, i], depth + 1, out));
  } else if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
    for (const [key, value] of Object.entries(raw)) {
      if (FORBIDDEN_CHARACTERS.test(key)) out.push([...path, key]);
      else forbiddenCharacterPaths(value, [...path, key], depth + 1, out);
    }
  }
  return out;
}

/** Parses with messages in `locale`; the result is the one that counts on the server. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, locale: Locale) {
  const forbidden = forbiddenCharacterPaths(raw);
  if (forbidden.length > 0) {
    const error = new z.ZodError(forbidden.map((path) => ({ code: 'custom' as const, path, message: 'textCharacters', input: undefined })));
    return { success: false, error } as z.ZodSafeParseResult<z.output<S>>;
  }
  return schema.safeParse(raw, { error: zodErrorMap(locale) });
}
