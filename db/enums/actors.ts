// The actors enumerations, without drizzle: client components (forms) read them; db/schema/actors.ts re-exports them.

export const ACTOR_FAMILIES = ['internal', 'territorial', 'external'] as const;
export type ActorFamily = (typeof ACTOR_FAMILIES)[number];

/** Categories per family; the category determines the family. */
export const ACTOR_CATEGORIES = {
  internal: ['chief_executive', 'elected_official', 'assembly', 'dgs', 'directorate', 'ir_body', 'agent'],
  territorial: [
    'association', 'diaspora', 'school', 'university', 'hospital', 'company', 'chamber', 'cultural',
    'youth', 'regional_network', 'local_commune', 'local_epci', 'local_departement', 'local_region',
  ],
  external: ['partner_authority', 'network', 'funder_ministry', 'funder_eu', 'funder_agency', 'funder_other', 'international_org', 'embassy'],
} as const satisfies Record<ActorFamily, readonly string[]>;

export const ALL_ACTOR_CATEGORIES = Object.values(ACTOR_CATEGORIES).flat() as ActorCategory[];
export type ActorCategory = (typeof ACTOR_CATEGORIES)[ActorFamily][number];

/** The family a category belongs to. */
export function familyOf(category: ActorCategory): ActorFamily {
  return (Object.keys(ACTOR_CATEGORIES) as ActorFamily[]).find((f) =>
    (ACTOR_CATEGORIES[f] as readonly string[]).includes(category),
  )!;
}

export const RELATION_TYPES = ['partnership', 'twinning', 'funding', 'membership', 'coordination', 'supervision', 'other'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
