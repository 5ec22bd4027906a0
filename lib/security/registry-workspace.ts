import { all, workspacePage, ws, wsAction, type PageEntry, type RouteHandlerEntry, type ServerActionEntry } from './registry-model';

// The workspace itself: its home, dashboard and public page, members, settings, audit log and
// notifications. An area of lib/security/registry.ts.

export const WORKSPACE_PAGES: PageEntry[] = [
  workspacePage('/[workspace]', 'workspace.read', ws, {
    resource: { partner: 'redirect', otherPartner: 'redirect' },
    note: "a partner lands in their partnership's space instead (workspace.overview)",
  }),
  workspacePage('/[workspace]/dashboard', 'dashboard.read', (d) => `${ws(d)}/dashboard`),
  workspacePage('/[workspace]/dashboard/publication', 'publication.manage', (d) => `${ws(d)}/dashboard/publication`),
  workspacePage('/[workspace]/members', 'members.read', (d) => `${ws(d)}/members`),
  workspacePage('/[workspace]/settings', 'workspace.update', (d) => `${ws(d)}/settings`),
  workspacePage('/[workspace]/audit', 'audit.read', (d) => `${ws(d)}/audit`),
  workspacePage('/[workspace]/notifications', 'notifications.read', (d) => `${ws(d)}/notifications`, {
    note: "each person's own notifications in this workspace",
  }),
  {
    kind: 'page',
    route: '/p/[slug]',
    rule: {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'the public page of an adopted strategy, without sign-in, only while an admin publishes it; the demo publishes nothing, so 404 for everyone (e2e/publication.spec.ts publishes, reads anonymously, unpublishes)',
    },
    path: (d) => `/p/${d.workspace}`,
  },
];

export const WORKSPACE_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/p/[slug]/pdf',
    method: 'GET',
    rule: {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'the PDF of the public page, under the same rule: 404 while nothing is published (the demo publishes nothing)',
    },
    path: (d) => `/p/${d.workspace}/pdf?lang=fr`,
  },
  {
    kind: 'route',
    route: '/api/maps/world',
    method: 'GET',
    rule: { kind: 'public', note: "the world's country outlines (Natural Earth, static, built once), drawn by the dashboard's map: no data" },
    path: () => '/api/maps/world',
  },
];

export const WORKSPACE_ACTIONS: ServerActionEntry[] = [
  wsAction('lib/publication/actions.ts', 'publishStrategyAction', 'publication.publish', 'publication.manage'),
  wsAction('lib/publication/actions.ts', 'unpublishStrategyAction', 'publication.unpublish', 'publication.manage'),
  wsAction('lib/notifications/actions.ts', 'markNotificationReadAction', 'notifications.markRead', 'notifications.read', {
    note: "the caller's own notifications only (another's: not_found)",
  }),
  wsAction('lib/notifications/actions.ts', 'markAllNotificationsReadAction', 'notifications.markAllRead', 'notifications.read', {
    note: "the caller's own notifications only",
  }),
  wsAction('lib/workspaces/actions.ts', 'updateWorkspaceProfileAction', 'workspace.update', 'workspace.update'),
  wsAction('lib/workspaces/actions.ts', 'updateMemberRoleAction', 'members.updateRole', 'members.updateRole'),
  wsAction('lib/workspaces/actions.ts', 'removeMemberAction', 'members.remove', 'members.remove'),
  wsAction('lib/workspaces/actions.ts', 'revokeInvitationAction', 'invitations.revoke', 'invitations.revoke'),
  wsAction('lib/workspaces/actions.ts', 'inviteMemberAction', 'members.invite', 'members.invite'),
];
