import type { Role } from '@/db/schema/workspaces';

/**
 * The one table of who may do what. Every server action, route handler and (later) the
 * collaboration server asks `can(role, permission)`; nothing else decides access.
 * A partner sees only what is explicitly shared with their partnership.
 */
const POLICY = {
  'workspace.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  // The workspace's home page; a partner lands in their partnership's space instead.
  'workspace.overview': ['admin', 'editor', 'contributor', 'reviewer'],
  'workspace.update': ['admin'],
  'members.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'members.invite': ['admin'],
  'members.updateRole': ['admin'],
  'members.remove': ['admin'],
  // A member's personal data: export what the workspace holds about them, erase a member who
  // belongs to this workspace only (lib/privacy). Everyone exports and erases their own from /account.
  'members.personalData': ['admin'],
  // End a member's sessions; generate a one-time password reset link for a member of this workspace
  // only (lib/account/password-queries.ts).
  'members.sessions': ['admin'],
  'invitations.read': ['admin'],
  'invitations.revoke': ['admin'],
  'audit.read': ['admin'],
  // Actors map. Partners are not listed: they only see their own authority's record (a rule in
  // lib/actors/queries.ts `getActor`), through 'actors.readOwn'.
  'actors.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'actors.readOwn': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'actors.create': ['admin', 'editor', 'contributor'],
  // A contributor edits (and links by relations) only the actors they created or that an external
  // action of their department involves: a rule on the row in lib/actors/access.ts.
  'actors.update': ['admin', 'editor', 'contributor'],
  'actors.delete': ['admin', 'editor'],
  'actors.import': ['admin', 'editor'],
  'actors.export': ['admin', 'editor'],
  'actors.personalData': ['admin', 'editor'],
  'relations.manage': ['admin', 'editor', 'contributor'],
  'census.manage': ['admin', 'editor'],
  // Diagnostic. Reviewers read completed diagnostics only and contributors answer only the
  // dimensions assigned to them: resource rules in lib/diagnostic/queries.ts.
  'diagnostic.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'diagnostic.manage': ['admin', 'editor'],
  'diagnostic.answer': ['admin', 'editor', 'contributor'],
  // External actions, competencies, departments. Contributors edit only the actions their
  // department takes part in and their department's record; a partner sees only the actions where
  // their authority is a partner ('externalActions.readShared'): rules in lib/external-actions and
  // lib/departments queries.
  'externalActions.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'externalActions.readShared': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'externalActions.create': ['admin', 'editor', 'contributor'],
  'externalActions.update': ['admin', 'editor', 'contributor'],
  'externalActions.delete': ['admin', 'editor'],
  'competencies.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'competencies.manage': ['admin', 'editor'],
  'departments.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'departments.manage': ['admin', 'editor'],
  'departments.update': ['admin', 'editor', 'contributor'],
  // Strategy document. Managers edit every section, the outline and the versions; contributors
  // edit the written sections assigned to them (a rule in lib/strategy-document/access.ts, which
  // the collaboration server asks too); reviewers read and export.
  'document.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'document.write': ['admin', 'editor', 'contributor'],
  'document.manage': ['admin', 'editor'],
  'document.export': ['admin', 'editor', 'contributor', 'reviewer'],
  // The common thread. Contributors propose placements and edit the indicators they own (a rule in
  // lib/strategy/queries.ts); reviewers read; partners see nothing of it.
  'strategy.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'strategy.manage': ['admin', 'editor'],
  'strategy.propose': ['admin', 'editor', 'contributor'],
  'strategy.indicators.update': ['admin', 'editor', 'contributor'],
  // The yearly reporting round of indicator values (lib/strategy/round-queries.ts): only an admin
  // opens and closes it; reporters enter their values through 'strategy.indicators.update'.
  'strategy.rounds.manage': ['admin'],
  // Review of the strategy document. Only the reviewers named on a review decide (a rule in
  // lib/review/queries.ts); only an admin records the adoption. Everyone reads their notifications.
  'review.submit': ['admin', 'editor'],
  'review.comment': ['admin', 'editor', 'contributor', 'reviewer'],
  'review.decide': ['admin', 'editor', 'reviewer'],
  'review.adopt': ['admin'],
  'notifications.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  // The elected officials' dashboard (every figure a member may already read elsewhere), and the
  // publication of the adopted strategy as a public page, which only an admin decides.
  'dashboard.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'publication.manage': ['admin'],
  // Partnerships with foreign partner authorities. A partner reads and contributes only to the
  // partnership of their own authority (MemberContext.actorId) and co-edits only the written
  // sections shared with it ('document.writeShared'): rules in lib/partnerships/access.ts and
  // lib/strategy-document/access.ts, which the collaboration server asks too.
  'partnerships.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'partnerships.manage': ['admin', 'editor'],
  'partnerships.contribute': ['admin', 'editor', 'partner'],
  // Removing any entry of a space (reciprocity, contact, exchange); other contributors remove only
  // what they wrote and their own side's contacts (lib/partnerships/access.ts mayRemoveEntry).
  'partnerships.removeAnyEntry': ['admin', 'editor'],
  'partnerships.comment': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'document.writeShared': ['admin', 'editor', 'partner'],
  // Coordination between workspaces of one installation: only admins give or withdraw consent.
  'coordination.read': ['admin', 'editor', 'reviewer'],
  'coordination.manage': ['admin'],
  // Personal access tokens of the read-only REST API (lib/api): only admins create and revoke them.
  'apiTokens.manage': ['admin'],
  // Missions and delegations (issue 19). Managers record them; a contributor writes the debriefs
  // assigned to them (a rule in lib/missions/queries.ts canWriteDebrief); a partner reads only the
  // missions of their own partnership (lib/missions/queries.ts visibleMissions).
  'missions.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  'missions.manage': ['admin', 'editor'],
  'missions.debrief': ['admin', 'editor', 'contributor'],
  'missions.export': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  // The year's calendar: every member; each source of events applies its own rules (a partner sees
  // only the milestones of the actions shared with them): lib/calendar/sources.
  'calendar.read': ['admin', 'editor', 'contributor', 'reviewer', 'partner'],
  // The yearly evaluation (issue 21.4): the team reads and exports it; managers open a year, write
  // its chapters and freeze versions; only an admin records the adoption. Partners see nothing of it.
  'evaluation.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'evaluation.write': ['admin', 'editor'],
  'evaluation.adopt': ['admin'],
  // The yearly declaration of development assistance (lib/declaration): managers choose categories
  // and freeze a year; only an admin re-opens a frozen year (the next freeze is a new version).
  'declaration.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'declaration.manage': ['admin', 'editor'],
  'declaration.reopen': ['admin'],
  // Calls for projects the authority watches (issue 19.4): the team reads them, managers record them.
  'projectCalls.read': ['admin', 'editor', 'contributor', 'reviewer'],
  'projectCalls.manage': ['admin', 'editor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICY;
export const PERMISSIONS = Object.keys(POLICY) as Permission[];

/** True when `role` may perform `permission`. A missing role (not a member) may do nothing. */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (POLICY[permission] as readonly Role[]).includes(role);
}

/** The navigation entries of the workspace shell, each shown only to roles allowed to open it. */
export const WORKSPACE_SECTIONS = [
  { key: 'overview', path: '', permission: 'workspace.overview' },
  { key: 'dashboard', path: '/dashboard', permission: 'dashboard.read' },
  { key: 'diagnostic', path: '/diagnostic', permission: 'diagnostic.read' },
  { key: 'actors', path: '/actors', permission: 'actors.read' },
  { key: 'actions', path: '/actions', permission: 'externalActions.read' },
  { key: 'strategy', path: '/strategy', permission: 'strategy.read' },
  { key: 'document', path: '/document', permission: 'document.read' },
  { key: 'partnerships', path: '/partnerships', permission: 'partnerships.read' },
  { key: 'missions', path: '/missions', permission: 'missions.read' },
  { key: 'calendar', path: '/calendar', permission: 'calendar.read' },
  { key: 'members', path: '/members', permission: 'members.read' },
  { key: 'profile', path: '/settings', permission: 'workspace.update' },
  { key: 'audit', path: '/audit', permission: 'audit.read' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

/**
 * Actions that belong to no workspace yet. Any signed-in person may create a workspace (becoming
 * its admin) and edit their own account; nobody else's.
 */
export const ACCOUNT_POLICY = {
  'workspace.create': 'signedIn',
  'account.update': 'self',
  // Export (GET /api/account/personal-data) and erase (eraseOwnAccountAction) one's own personal data.
  'account.personalData': 'self',
  // Change one's own password (the current one asked), sign out everywhere (lib/account/password-actions.ts).
  'account.password': 'self',
  'account.sessions': 'self',
  // One's own secret iCalendar feed address and weekly digest (lib/calendar/actions.ts); the feed itself is read by its token.
  'account.calendar': 'self',
  // A one-time reset link: the token is the credential; asking for one by email is open to anyone.
  'account.passwordReset': 'public',
} as const;
