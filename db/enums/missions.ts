// The missions enumerations, without drizzle: client components (forms) read them; db/schema/missions.ts re-exports them.

/** What a mission is mainly about (the study: longer technical exchanges return more than protocol visits). */
export const MISSION_KINDS = ['political', 'technical', 'economic', 'cultural', 'educational', 'solidarity', 'other'] as const;
export type MissionKind = (typeof MISSION_KINDS)[number];

/** A trip abroad by the authority's people, or a delegation received on the territory. */
export const MISSION_DIRECTIONS = ['abroad', 'received'] as const;
export type MissionDirection = (typeof MISSION_DIRECTIONS)[number];

/**
 * Who takes part: a member of the workspace (an account), an agent of a department (by name, with
 * the department), an elected official (by name), or a territorial actor of the map.
 */
export const PARTICIPANT_KINDS = ['member', 'agent', 'elected', 'actor'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Days after the return within which the debrief is due, unless the mission says otherwise. */
export const DEFAULT_DEBRIEF_DAYS = 15;
