// The external actions enumerations, without drizzle: client components (forms) read them; db/schema/external-actions.ts re-exports them.

export const ACTION_TYPES = [
  'decentralised_cooperation',
  'twinning',
  'one_off_project',
  'network_membership',
  'promotion_abroad',
  'call_for_projects',
  'hosting_delegation',
  'technical_mission',
  'european_programme',
  // Named in CGCT L1115-1 ("à caractère humanitaire") and common in French practice (issue #25).
  'humanitarian_aid',
  'global_citizenship_education',
  'youth_mobility',
  'cross_border',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_RATIONALES = ['solidarity', 'attractiveness', 'exchange', 'influence'] as const;
export type ActionRationale = (typeof ACTION_RATIONALES)[number];

export const ACTION_STATUSES = ['idea', 'planned', 'running', 'finished', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How a department takes part in an action, from leading it to merely being told. */
export const DEPARTMENT_MODES = ['lead', 'co_construction', 'expertise', 'informed'] as const;
export type DepartmentMode = (typeof DEPARTMENT_MODES)[number];

/** Returns for the territory, then for the administration itself. */
export const RETURN_CATEGORIES = {
  territory: ['economic', 'cultural_opening', 'living_together', 'networking', 'local_capacity'],
  administration: ['agent_practices', 'department_practices', 'public_policies', 'visibility', 'new_resources'],
} as const;
export type ReturnScope = keyof typeof RETURN_CATEGORIES;
export type ReturnCategory = (typeof RETURN_CATEGORIES)[ReturnScope][number];
export const ALL_RETURN_CATEGORIES = [...RETURN_CATEGORIES.territory, ...RETURN_CATEGORIES.administration] as ReturnCategory[];

/** Partner actors (foreign authorities, networks) and territorial actors involved. */
export const ACTION_ACTOR_ROLES = ['partner', 'territorial'] as const;
export type ActionActorRole = (typeof ACTION_ACTOR_ROLES)[number];

export const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);
