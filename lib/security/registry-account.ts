import { all, plainAction, plainGetRoute, plainPage, workspaceGetRoute, wsAction, wsActionsOf } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// Outside a workspace: signing in, first run, invitations, one's own account and password, personal
// data, the calendar feed. An area of lib/security/registry.ts.

const passwordsAction = wsActionsOf('lib/account/password-actions.ts');

export const ACCOUNT_PAGES: PageEntry[] = [
  plainPage('/', { kind: 'custom', outcomes: { ...all('redirect'), anonymous: 'unauthenticated' }, note: 'sends a signed-in person to their first workspace' }),
  plainPage('/sign-in', { kind: 'custom', outcomes: { ...all('redirect'), anonymous: 'allowed' }, note: 'a signed-in person is sent home' }),
  plainPage('/setup', {
    kind: 'custom',
    outcomes: all('unauthenticated'),
    note: 'only on an empty installation (first run); afterwards it sends everyone to the sign-in page',
  }),
  plainPage(
    '/invite/[token]',
    { kind: 'public', note: 'the one-time token is the credential; an unknown token shows an explanation' },
    () => '/invite/no-such-invitation-token',
  ),
  plainPage('/account', { kind: 'signedIn' }),
  plainPage('/forgot-password', { kind: 'public', note: 'asks for an emailed reset link when email is set up, otherwise says whom to ask' }),
  plainPage(
    '/reset-password/[token]',
    { kind: 'public', note: 'the one-time reset token is the credential; an unknown, used or expired one shows an explanation' },
    () => '/reset-password/no-such-reset-token-0000000000',
  ),
  plainPage('/workspaces/new', { kind: 'signedIn' }),
];

export const ACCOUNT_ROUTES: RouteHandlerEntry[] = [
  plainGetRoute('/api/auth/[...nextauth]', { kind: 'public', note: "next-auth's own endpoints (session, CSRF token, providers)" }, () => '/api/auth/csrf'),
  {
    kind: 'route',
    route: '/api/auth/[...nextauth]',
    method: 'POST',
    rule: {
      kind: 'public',
      note: 'sign-in and sign-out: CSRF token of next-auth plus a same-origin check (lib/security/origin.ts); tested by the cross-site and rate-limit tests of e2e/access-matrix.spec.ts',
    },
    path: () => '/api/auth/signout',
    matrix: false,
  },
  plainGetRoute('/api/account/personal-data', { kind: 'signedIn', note: 'the caller’s own personal data only (account.personalData: self); audited' }),
  workspaceGetRoute(
    '/api/workspaces/[workspace]/members/[userId]/personal-data',
    'members.personalData',
    (d) => `/api/workspaces/${d.workspace}/members/${d.contributorUser}/personal-data`,
    { note: 'a member of the workspace only (404 otherwise): lib/privacy/privacy.test.ts; audited' },
  ),
  plainGetRoute(
    '/api/calendar/[token]',
    {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'a personal iCalendar feed: the secret token (stored hashed) is the credential, sessions play no part; an unknown or revoked token is a bare 404 (lib/calendar/calendar.test.ts, e2e/calendar.spec.ts); rate-limited per address',
    },
    () => '/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
  ),
];

export const ACCOUNT_ACTIONS: ServerActionEntry[] = [
  // Account, sign-up and public forms (no workspace)
  plainAction(
    'lib/account/actions.ts',
    'setLocaleAction',
    { kind: 'public', note: 'sets the language cookie (and the account’s language when signed in)' },
    () => [{ locale: 'xx' }],
  ),
  plainAction('lib/account/actions.ts', 'updateAccountAction', { kind: 'signedIn', note: 'the caller’s own account only (account.update: self)' }),
  plainAction('lib/account/actions.ts', 'createWorkspaceAction', {
    kind: 'signedIn',
    note: 'workspace.create: any signed-in person becomes the new workspace’s admin',
  }),
  plainAction('lib/account/actions.ts', 'acceptInvitationAction', { kind: 'public', note: 'the one-time invitation token is the credential' }),
  plainAction('lib/account/actions.ts', 'setupAction', { kind: 'custom', outcomes: all('forbidden'), note: 'first run only: refused once a person exists' }),
  plainAction('lib/account/password-actions.ts', 'changePasswordAction', {
    kind: 'signedIn',
    note: 'the caller’s own password, the current one asked (account.password: self); other sessions end',
  }),
  plainAction('lib/account/password-actions.ts', 'signOutEverywhereAction', {
    kind: 'signedIn',
    note: 'ends every session of the caller’s own account (account.sessions: self); needs { confirm: true }',
  }),
  plainAction('lib/account/password-actions.ts', 'requestPasswordResetAction', {
    kind: 'public',
    note: 'emails a one-time link when SMTP_URL and NEXTAUTH_URL are set; same answer whether the account exists; rate-limited per address and account',
  }),
  plainAction('lib/account/password-actions.ts', 'resetPasswordAction', {
    kind: 'public',
    note: 'the one-time reset token (hashed, 1 hour, single use) is the credential',
  }),
  // Personal data (lib/privacy): an admin erases a member; everyone erases their own account.
  wsAction('lib/privacy/actions.ts', 'eraseMemberAction', 'members.erase', 'members.personalData'),
  // Sessions and passwords (lib/account/password-actions.ts): an admin ends a member's sessions or makes a reset link.
  passwordsAction('endMemberSessionsAction', 'members.endSessions', 'members.sessions'),
  passwordsAction('createMemberResetLinkAction', 'members.resetLink', 'members.sessions'),
  // The caller's own calendar feed address and weekly digest (lib/calendar/actions.ts).
  plainAction('lib/calendar/actions.ts', 'createFeedAddressAction', {
    kind: 'signedIn',
    note: 'a new secret feed address for the caller only (account.calendar: self), the previous one ended; needs { confirm: true }; audited',
  }),
  plainAction('lib/calendar/actions.ts', 'revokeFeedAddressAction', {
    kind: 'signedIn',
    note: 'ends the caller’s own feed address (account.calendar: self); needs { confirm: true }; audited',
  }),
  plainAction('lib/calendar/actions.ts', 'setDigestPreferenceAction', {
    kind: 'signedIn',
    note: 'the caller’s own weekly digest on or off (account.calendar: self); audited',
  }),
  plainAction('lib/privacy/actions.ts', 'eraseOwnAccountAction', {
    kind: 'signedIn',
    note: 'the caller’s own account only, confirmed by typing its email (account.personalData: self)',
  }),
];
