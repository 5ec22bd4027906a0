/**
 * The OECD DAC List of ODA Recipients effective for reporting on 2024 and 2025 flows (triennial
 * review of 2023), as ISO 3166-1 alpha-2 codes (Kosovo: the user-assigned XK).
 * Source: OECD, "DAC List of ODA Recipients — effective for reporting on 2024 and 2025 flows",
 * https://www.oecd.org/en/topics/sub-issues/oda-eligibility-and-conditions/dac-list-of-oda-recipients.html
 * (Montserrat and Nauru stay on the list for 2024 and 2025, as the DAC decided).
 * `ldc` marks the UN's least developed countries (the first column of the list), which the
 * co-financing rules (issue 20, point 1) need too. When the DAC publishes a new list, add a new
 * entry to ODA_RECIPIENT_LISTS with its years; a frozen declaration keeps the list it used.
 */
export type OdaRecipientList = { key: string; firstYear: number; lastYear: number; source: string; ldc: readonly string[]; others: readonly string[] };

const LIST_2024_2025: OdaRecipientList = {
  key: 'dac-2024-2025',
  firstYear: 2024,
  lastYear: 2025,
  source: 'https://www.oecd.org/en/topics/sub-issues/oda-eligibility-and-conditions/dac-list-of-oda-recipients.html',
  // Least developed countries.
  ldc: [
    'AF',
    'AO',
    'BD',
    'BJ',
    'BF',
    'BI',
    'KH',
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
    'HT',
    'KI',
    'LA',
    'LS',
    'LR',
    'MG',
    'MW',
    'ML',
    'MR',
    'MZ',
    'MM',
    'NP',
    'NE',
    'RW',
    'ST',
    'SN',
    'SL',
    'SB',
    'SO',
    'SS',
    'SD',
    'TZ',
    'TL',
    'TG',
    'TV',
    'UG',
    'YE',
    'ZM',
  ],
  others: [
    // Other low income countries.
    'KP',
    'SY',
    // Lower middle income countries and territories.
    'DZ',
    'BT',
    'BO',
    'CV',
    'CM',
    'CG',
    'CI',
    'EG',
    'SZ',
    'GH',
    'HN',
    'IN',
    'IR',
    'JO',
    'KE',
    'KG',
    'LB',
    'FM',
    'MN',
    'MA',
    'NI',
    'NG',
    'PK',
    'PG',
    'PH',
    'WS',
    'LK',
    'TJ',
    'TN',
    'UA',
    'UZ',
    'VU',
    'VN',
    'PS',
    'ZW',
    // Upper middle income countries and territories.
    'AL',
    'AR',
    'AM',
    'AZ',
    'BY',
    'BZ',
    'BA',
    'BW',
    'BR',
    'CN',
    'CO',
    'CR',
    'CU',
    'DM',
    'DO',
    'EC',
    'SV',
    'GQ',
    'FJ',
    'GA',
    'GE',
    'GD',
    'GT',
    'GY',
    'ID',
    'IQ',
    'JM',
    'KZ',
    'XK',
    'LY',
    'MY',
    'MV',
    'MH',
    'MU',
    'MX',
    'MD',
    'ME',
    'MS',
    'NA',
    'NR',
    'MK',
    'NU',
    'PW',
    'PA',
    'PY',
    'PE',
    'SH',
    'LC',
    'VC',
    'RS',
    'ZA',
    'SR',
    'TH',
    'TK',
    'TO',
    'TR',
    'TM',
    'VE',
    'WF',
  ],
};

export const ODA_RECIPIENT_LISTS: readonly OdaRecipientList[] = [LIST_2024_2025];

/** The list that applies to the flows of `year`: the one covering it, else the nearest earlier one, else the first. */
export function odaListFor(year: number): OdaRecipientList {
  const covering = ODA_RECIPIENT_LISTS.find((l) => year >= l.firstYear && year <= l.lastYear);
  if (covering) return covering;
  const earlier = ODA_RECIPIENT_LISTS.filter((l) => l.lastYear < year).sort((a, b) => b.lastYear - a.lastYear)[0];
  return earlier ?? ODA_RECIPIENT_LISTS[0]!;
}

/** Whether `country` may receive ODA under `list`. */
export function isOdaRecipient(list: OdaRecipientList, country: string): boolean {
  const code = country.toUpperCase();
  return list.ldc.includes(code) || list.others.includes(code);
}

/** Whether `country` is a least developed country under `list`. */
export function isLeastDeveloped(list: OdaRecipientList, country: string): boolean {
  return list.ldc.includes(country.toUpperCase());
}
