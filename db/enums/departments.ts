// The departments enumerations, without drizzle: client components (forms) read them; db/schema/departments.ts re-exports them.

/**
 * Where the money of a budget line comes from. The four "1 %" schemes are separate sources, each
 * with its own legal base and cap (lib/competencies/solidarity-schemes.ts says which authority may
 * use which). `solidarity_1pct`, the single source of the first version, was split by migration
 * 0010 (docs/decisions/0018-domain-law-and-demo.md).
 */
export const FUNDING_SOURCES = [
  'own_funds',
  'solidarity_water',
  'solidarity_energy',
  'solidarity_waste',
  'solidarity_mobility',
  'water_agency',
  'foreign_ministry',
  'eu',
  'development_agency',
  'other_french_authority',
  'partner_contribution',
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
