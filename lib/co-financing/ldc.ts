// The United Nations' list of least developed countries (LDC), as ISO 3166-1 alpha-2 codes.
// Source: UN Committee for Development Policy, "List of Least Developed Countries (as of
// December 2024)", https://www.un.org/development/desa/dpad/least-developed-country-category.html
// — 44 countries after São Tomé and Príncipe left the list on 13 December 2024. Bangladesh, Lao PDR
// and Nepal were scheduled to leave it on 24 November 2026: update this list (and its year) when
// the UN publishes the next one. The ministry's 90 % ceiling applies to projects with these countries.

export const LDC_LIST_YEAR = 2024;
export const LDC_LIST_SOURCE = 'https://www.un.org/development/desa/dpad/least-developed-country-category.html';

export const LEAST_DEVELOPED_COUNTRIES: ReadonlySet<string> = new Set([
  // Africa (32)
  'AO',
  'BJ',
  'BF',
  'BI',
  'CF',
  'TD',
  'KM',
  'CD',
  'DJ',
  'ER',
  'ET',
  'GM',
  'GN',
  'GW',
  'LS',
  'LR',
  'MG',
  'MW',
  'ML',
  'MR',
  'MZ',
  'NE',
  'RW',
  'SN',
  'SL',
  'SO',
  'SS',
  'SD',
  'TG',
  'UG',
  'TZ',
  'ZM',
  // Asia (8)
  'AF',
  'BD',
  'KH',
  'LA',
  'MM',
  'NP',
  'TL',
  'YE',
  // Caribbean (1)
  'HT',
  // Pacific (3)
  'KI',
  'SB',
  'TV',
]);

/** True when the action concerns at least one least developed country (its partner's country counts through the action's countries). */
export function withLeastDevelopedCountry(countries: readonly string[]): boolean {
  return countries.some((c) => LEAST_DEVELOPED_COUNTRIES.has(c.toUpperCase()));
}
