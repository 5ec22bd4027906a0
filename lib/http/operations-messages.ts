import type en from '../../messages/en.json';
import { translatorFor } from '../message-catalogue';

// No `server-only`: scripts/server.ts answers 413 / 400 itself, before Next.

type Key = keyof typeof en.operations;
type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name) ?? '';
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** The person's language for answers written outside a page: the language cookie, then Accept-Language, then French. */
export function requestLocale(headers: HeaderBag, explicit?: string | null): 'fr' | 'en' {
  if (explicit === 'fr' || explicit === 'en') return explicit;
  const cookie = /(?:^|;\s*)NEXT_LOCALE=(fr|en)\b/.exec(header(headers, 'cookie'))?.[1];
  if (cookie === 'fr' || cookie === 'en') return cookie;
  const accepted = header(headers, 'accept-language').toLowerCase();
  return accepted.startsWith('en') ? 'en' : 'fr';
}

/** A message of `operations` in messages/*.json with its ICU values. */
export function operationsMessage(locale: 'fr' | 'en', key: Key, values: Record<string, string | number> = {}): string {
  return translatorFor(locale)(`operations.${key}`, values);
}
