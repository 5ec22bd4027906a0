// The departments enumerations, without drizzle: client components (forms) read them; db/schema/departments.ts re-exports them.

export const FUNDING_SOURCES = ['own_funds', 'foreign_ministry', 'eu', 'development_agency', 'solidarity_1pct', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
