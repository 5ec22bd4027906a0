/** Who funds a line of a co-financing plan (issue 20.1). The three 1 % solidarity schemes are apart. */
export const FUNDER_KINDS = [
  'own',
  'ministry_call',
  'eu_programme',
  'interreg',
  'afd',
  'one_percent_water',
  'one_percent_waste',
  'one_percent_energy',
  'partner_authority',
  'other',
] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

/** What must happen before an instalment is paid. */
export const INSTALMENT_CONDITIONS = ['none', 'interim_report', 'final_report'] as const;
export type InstalmentCondition = (typeof INSTALMENT_CONDITIONS)[number];

/** The call rules a plan is checked against; their thresholds (percentages) are data per workspace. */
export const CO_FINANCING_RULE_KEYS = [
  'ministry_max_ldc',
  'ministry_max_other',
  'authority_min_share',
  'in_kind_max_of_authority',
  'final_instalment_min',
] as const;
export type CoFinancingRuleKey = (typeof CO_FINANCING_RULE_KEYS)[number];
