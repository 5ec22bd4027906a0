import { all, plainGetRoute, plainPage, workspacePage, workspacePageAtRoute, ws, wsActionGroup, wsActionsOf } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The workspace itself: its home, dashboard and public page, members, settings, audit log and
// notifications. An area of lib/security/registry.ts.

const notificationsAction = wsActionsOf('lib/notifications/actions.ts');
const workspacesAction = wsActionsOf('lib/workspaces/actions.ts');

export const WORKSPACE_PAGES: PageEntry[] = [
  workspacePage('/[workspace]', 'workspace.read', ws, {
    resource: { partner: 'redirect', otherPartner: 'redirect' },
    note: "a partner lands in their partnership's space instead (workspace.overview)",
  }),
  workspacePageAtRoute('/[workspace]/dashboard', 'dashboard.read'),
  workspacePageAtRoute('/[workspace]/dashboard/publication', 'publication.manage'),
  workspacePageAtRoute('/[workspace]/members', 'members.read'),
  workspacePageAtRoute('/[workspace]/settings', 'workspace.update'),
  workspacePageAtRoute('/[workspace]/audit', 'audit.read'),
  workspacePageAtRoute('/[workspace]/notifications', 'notifications.read', {
    note: "each person's own notifications in this workspace",
  }),
  plainPage(
    '/p/[slug]',
    {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'the public page of an adopted strategy, without sign-in, only while an admin publishes it; the demo publishes nothing, so 404 for everyone (e2e/publication.spec.ts publishes, reads anonymously, unpublishes)',
    },
    (d) => `/p/${d.workspace}`,
  ),
];

export const WORKSPACE_ROUTES: RouteHandlerEntry[] = [
  plainGetRoute(
    '/p/[slug]/pdf',
    {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'the PDF of the public page, under the same rule: 404 while nothing is published (the demo publishes nothing)',
    },
    (d) => `/p/${d.workspace}/pdf?lang=fr`,
  ),
  plainGetRoute('/api/maps/world', {
    kind: 'public',
    note: "the world's country outlines (Natural Earth, static, built once), drawn by the dashboard's map: no data",
  }),
];

export const WORKSPACE_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup('lib/publication/actions.ts', 'publication.manage', {
    publishStrategyAction: 'publication.publish',
    unpublishStrategyAction: 'publication.unpublish',
  }),
  notificationsAction('markNotificationReadAction', 'notifications.markRead', 'notifications.read', {
    note: "the caller's own notifications only (another's: not_found)",
  }),
  notificationsAction('markAllNotificationsReadAction', 'notifications.markAllRead', 'notifications.read', {
    note: "the caller's own notifications only",
  }),
  workspacesAction('updateWorkspaceProfileAction', 'workspace.update', 'workspace.update'),
  workspacesAction('updateMemberRoleAction', 'members.updateRole', 'members.updateRole'),
  workspacesAction('removeMemberAction', 'members.remove', 'members.remove'),
  workspacesAction('revokeInvitationAction', 'invitations.revoke', 'invitations.revoke'),
  workspacesAction('inviteMemberAction', 'members.invite', 'members.invite'),
];
