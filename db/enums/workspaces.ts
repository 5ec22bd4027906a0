// The workspaces enumerations, without drizzle: client components (forms) read them; db/schema/workspaces.ts re-exports them.

export const AUTHORITY_LEVELS = ['commune', 'epci', 'departement', 'region', 'foreign', 'other'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

export const ROLES = ['admin', 'editor', 'contributor', 'reviewer', 'partner'] as const;
export type Role = (typeof ROLES)[number];
