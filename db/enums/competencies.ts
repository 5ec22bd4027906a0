// The competencies enumerations, without drizzle: client components (forms) read them; db/schema/competencies.ts re-exports them.

export const COMPETENCY_NATURES = ['mandatory', 'optional', 'shared'] as const;
export type CompetencyNature = (typeof COMPETENCY_NATURES)[number];

/** Policy areas that group competencies in the catalogue, the matrix and the budget. */
export const COMPETENCY_DOMAINS = [
  'economy',
  'planning',
  'mobility',
  'education',
  'social',
  'environment',
  'culture',
  'public_services',
  'europe',
  'external',
] as const;
export type CompetencyDomain = (typeof COMPETENCY_DOMAINS)[number];
