import countries from 'i18n-iso-countries';
import frCountries from 'i18n-iso-countries/langs/fr.json';
import enCountries from 'i18n-iso-countries/langs/en.json';
import type { Locale } from '@/lib/i18n/config';

countries.registerLocale(frCountries);
countries.registerLocale(enCountries);

/** True for an ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

/** Country name in the person's language, or the code itself when unknown. */
export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale) ?? code;
}

/** Every country as `{ code, name }`, sorted by name in the person's language. */
export function countryOptions(locale: Locale) {
  const names = countries.getNames(locale, { select: 'official' });
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Working languages offered in forms (ISO 639-1); any valid code is accepted by the schema. */
export const COMMON_LANGUAGES = [
  'fr',
  'en',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'ro',
  'ar',
  'zh',
  'ja',
  'ru',
  'uk',
  'tr',
  'vi',
  'wo',
  'bm',
  'mg',
  'ht',
  'sw',
  'oc',
  'br',
  'eu',
  'ca',
  'co',
] as const;

const languageCheck = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a language code that the runtime can name (ISO 639). */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code) && languageCheck.of(code) !== undefined;
}

/** Language name in the person's language. */
export function languageName(code: string, locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
