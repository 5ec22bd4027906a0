import { ACTOR_CATEGORIES, RELATION_TYPES } from '@/db/enums/actors';

// The census's choices and limits, without zod: the public questionnaire (a client component) reads them too.

/** A stakeholder answering the census is an actor of the territory. */
export const CENSUS_CATEGORIES = ACTOR_CATEGORIES.territorial;
/** Partner organisations abroad become external actors of one of these categories. */
export const PARTNER_CATEGORIES = ACTOR_CATEGORIES.external;
/** Kinds of international link a stakeholder can declare (supervision is an internal relation). */
export const CENSUS_LINK_KINDS = RELATION_TYPES.filter((t) => t !== 'supervision') as Exclude<(typeof RELATION_TYPES)[number], 'supervision'>[];
export const CENSUS_FREQUENCIES = ['occasional', 'yearly', 'several_per_year', 'continuous'] as const;
export type CensusFrequency = (typeof CENSUS_FREQUENCIES)[number];
export const CENSUS_MAX_LINKS = 10;
/** A whole answer, serialised, may not be larger than this (characters). */
export const CENSUS_MAX_PAYLOAD = 24_000;
