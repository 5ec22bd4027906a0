// The diagnostic enumerations, without drizzle: client components (forms) read them; db/schema/diagnostic.ts re-exports them.

export const DIAGNOSTIC_STATUSES = ['in_progress', 'completed'] as const;
export type DiagnosticStatus = (typeof DIAGNOSTIC_STATUSES)[number];

export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
