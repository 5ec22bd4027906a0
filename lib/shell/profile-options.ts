import { COMMON_LANGUAGES, countryOptions, languageName } from '@/lib/geo';
import type { Locale } from '@/lib/i18n/config';

/**
 * The lists a workspace profile form offers (setup, a new workspace, the profile settings): every
 * country, and the languages `codes` (the common ones by default), named in `locale`.
 */
export function profileFormOptions(locale: Locale, codes: readonly string[] = COMMON_LANGUAGES) {
  return { countries: countryOptions(locale), languages: codes.map((code) => ({ code, name: languageName(code, locale) })) };
}
