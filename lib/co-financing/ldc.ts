// The United Nations' list of least developed countries (LDC), as ISO 3166-1 alpha-2 codes.
// Source: UN Committee for Development Policy, "List of Least Developed Countries (as of
// December 2024)", https://www.un.org/development/desa/dpad/least-developed-country-category.html
// — 44 countries after São Tomé and Príncipe left the list on 13 December 2024. Bangladesh, Lao PDR
// and Nepal were scheduled to leave it on 24 November 2026: update LEFT_SINCE_DAC_LIST (and the
// year) when the UN publishes the next one. The codes themselves are the first column of the DAC
// list (lib/declaration/oda-recipients.ts), which holds them once. The ministry's 90 % ceiling
// applies to projects with these countries.

import { odaListFor } from '@/lib/declaration/oda-recipients';

export const LDC_LIST_YEAR = 2024;
export const LDC_LIST_SOURCE = 'https://www.un.org/development/desa/dpad/least-developed-country-category.html';

/**
 * Countries that left the UN list after the OECD DAC drew up its list of ODA recipients (whose
 * first column is the UN list at its 2023 review): São Tomé and Príncipe, on 13 December 2024.
 */
const LEFT_SINCE_DAC_LIST: readonly string[] = ['ST'];

export const LEAST_DEVELOPED_COUNTRIES: ReadonlySet<string> = new Set(odaListFor(LDC_LIST_YEAR).ldc.filter((c) => !LEFT_SINCE_DAC_LIST.includes(c)));

/** True when the action concerns at least one least developed country (its partner's country counts through the action's countries). */
export function withLeastDevelopedCountry(countries: readonly string[]): boolean {
  return countries.some((c) => LEAST_DEVELOPED_COUNTRIES.has(c.toUpperCase()));
}
