// The actors enumerations, without drizzle: client components (forms) read them; db/schema/actors.ts re-exports them.

/**
 * `national`: in France but outside the territory (other French authorities, their networks, State
 * services and operators). Kept apart so that the territory's figures count only the territory
 * (issue 17 point 2), while such actors can still be an action's partners.
 */
export const ACTOR_FAMILIES = ['internal', 'territorial', 'national', 'external'] as const;
export type ActorFamily = (typeof ACTOR_FAMILIES)[number];

/** Categories per family; the category determines the family. */
export const ACTOR_CATEGORIES = {
  internal: ['chief_executive', 'elected_official', 'assembly', 'dgs', 'directorate', 'ir_body', 'agent'],
  territorial: [
    'association',
    'diaspora',
    'school',
    'university',
    'hospital',
    'company',
    'chamber',
    'cultural',
    'youth',
    'regional_network',
    'local_commune',
    'local_epci',
    'local_departement',
    'local_region',
    'local_syndicat',
    'twinning_committee',
  ],
  national: ['french_authority', 'authority_association', 'state_service', 'state_operator'],
  external: [
    'partner_authority',
    'network',
    'funder_ministry',
    'funder_eu',
    'funder_agency',
    'funder_other',
    'international_org',
    'embassy',
    'partner_ngo',
    'partner_agency',
    'partner_mayors_association',
    'partner_institution',
  ],
} as const satisfies Record<ActorFamily, readonly string[]>;

export const ALL_ACTOR_CATEGORIES = Object.values(ACTOR_CATEGORIES).flat() as ActorCategory[];
export type ActorCategory = (typeof ACTOR_CATEGORIES)[ActorFamily][number];

/** Families whose actors may be an action's partners: abroad, or in France outside the territory. */
export const PARTNER_FAMILIES = ['external', 'national'] as const satisfies readonly ActorFamily[];

/** Whether an actor of this family may be an action's partner. */
export function isPartnerFamily(family: string | undefined): boolean {
  return (PARTNER_FAMILIES as readonly string[]).includes(family ?? '');
}

/** The family a category belongs to. */
export function familyOf(category: ActorCategory): ActorFamily {
  return (Object.keys(ACTOR_CATEGORIES) as ActorFamily[]).find((f) => (ACTOR_CATEGORIES[f] as readonly string[]).includes(category))!;
}

export const RELATION_TYPES = ['partnership', 'twinning', 'funding', 'membership', 'coordination', 'supervision', 'other'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
