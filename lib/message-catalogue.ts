import { createTranslator } from 'next-intl';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import type { Locale } from './i18n/config';

// Messages read outside a page (exports, feeds, e-mails, plain HTTP answers). In the Next build the
// catalogues are precompiled (next.config.mjs, `experimental.messages.precompile`): a message with
// an argument, a plural or a tag is then an array, not its ICU text, so nothing may read a message
// as a plain string or fill `{name}` itself: every text goes through a translator.

/** Both catalogues, as the bundler loads them (precompiled in the Next build, plain JSON under tsx and Vitest). */
export const CATALOGUES = { fr, en } as const;

/** A message by its full key (`operations.pdfBusy`) with its ICU values; `has` tells whether the key exists. */
export type Translate = {
  (key: string, values?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
};

const translators = new Map<Locale, Translate>();

/**
 * The translator of a language over the whole catalogue, made once per process: its formatters
 * (plural rules, number formats) and, with plain JSON, its parsed messages are kept between calls.
 */
export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: CATALOGUES[locale] as never, timeZone: 'Europe/Paris' }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

/** The message at `key` in a language, or undefined when the catalogue has none (label lookups). */
export function optionalMessage(locale: Locale, key: string): string | undefined {
  const t = translatorFor(locale);
  return t.has(key) ? t(key) : undefined;
}
