// The strategy enumerations, without drizzle: client components (forms) read them; db/schema/strategy.ts re-exports them.

export const INDICATOR_FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type IndicatorFrequency = (typeof INDICATOR_FREQUENCIES)[number];
