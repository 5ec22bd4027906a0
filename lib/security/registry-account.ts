import { all, wsAction, type PageEntry, type RouteHandlerEntry, type ServerActionEntry } from './registry-model';

// Outside a workspace: signing in, first run, invitations, one's own account and password, personal
// data, the calendar feed. An area of lib/security/registry.ts.

export const ACCOUNT_PAGES: PageEntry[] = [
  {
    kind: 'page',
    route: '/',
    rule: { kind: 'custom', outcomes: { ...all('redirect'), anonymous: 'unauthenticated' }, note: 'sends a signed-in person to their first workspace' },
    path: () => '/',
  },
  {
    kind: 'page',
    route: '/sign-in',
    rule: { kind: 'custom', outcomes: { ...all('redirect'), anonymous: 'allowed' }, note: 'a signed-in person is sent home' },
    path: () => '/sign-in',
  },
  {
    kind: 'page',
    route: '/setup',
    rule: {
      kind: 'custom',
      outcomes: all('unauthenticated'),
      note: 'only on an empty installation (first run); afterwards it sends everyone to the sign-in page',
    },
    path: () => '/setup',
  },
  {
    kind: 'page',
    route: '/invite/[token]',
    rule: { kind: 'public', note: 'the one-time token is the credential; an unknown token shows an explanation' },
    path: () => '/invite/no-such-invitation-token',
  },
  { kind: 'page', route: '/account', rule: { kind: 'signedIn' }, path: () => '/account' },
  {
    kind: 'page',
    route: '/forgot-password',
    rule: { kind: 'public', note: 'asks for an emailed reset link when email is set up, otherwise says whom to ask' },
    path: () => '/forgot-password',
  },
  {
    kind: 'page',
    route: '/reset-password/[token]',
    rule: { kind: 'public', note: 'the one-time reset token is the credential; an unknown, used or expired one shows an explanation' },
    path: () => '/reset-password/no-such-reset-token-0000000000',
  },
  { kind: 'page', route: '/workspaces/new', rule: { kind: 'signedIn' }, path: () => '/workspaces/new' },
];

export const ACCOUNT_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/api/auth/[...nextauth]',
    method: 'GET',
    rule: { kind: 'public', note: "next-auth's own endpoints (session, CSRF token, providers)" },
    path: () => '/api/auth/csrf',
  },
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
  {
    kind: 'route',
    route: '/api/account/personal-data',
    method: 'GET',
    rule: { kind: 'signedIn', note: 'the caller’s own personal data only (account.personalData: self); audited' },
    path: () => '/api/account/personal-data',
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/members/[userId]/personal-data',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'members.personalData',
      note: 'a member of the workspace only (404 otherwise): lib/privacy/privacy.test.ts; audited',
    },
    path: (d) => `/api/workspaces/${d.workspace}/members/${d.contributorUser}/personal-data`,
  },
  {
    kind: 'route',
    route: '/api/calendar/[token]',
    method: 'GET',
    rule: {
      kind: 'custom',
      outcomes: all('not_found'),
      note: 'a personal iCalendar feed: the secret token (stored hashed) is the credential, sessions play no part; an unknown or revoked token is a bare 404 (lib/calendar/calendar.test.ts, e2e/calendar.spec.ts); rate-limited per address',
    },
    path: () => '/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
  },
];

export const ACCOUNT_ACTIONS: ServerActionEntry[] = [
  // Account, sign-up and public forms (no workspace)
  {
    kind: 'action',
    module: 'lib/account/actions.ts',
    exportName: 'setLocaleAction',
    rule: { kind: 'public', note: 'sets the language cookie (and the account’s language when signed in)' },
    args: () => [{ locale: 'xx' }],
  },
  {
    kind: 'action',
    module: 'lib/account/actions.ts',
    exportName: 'updateAccountAction',
    rule: { kind: 'signedIn', note: 'the caller’s own account only (account.update: self)' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/account/actions.ts',
    exportName: 'createWorkspaceAction',
    rule: { kind: 'signedIn', note: 'workspace.create: any signed-in person becomes the new workspace’s admin' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/account/actions.ts',
    exportName: 'acceptInvitationAction',
    rule: { kind: 'public', note: 'the one-time invitation token is the credential' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/account/actions.ts',
    exportName: 'setupAction',
    rule: { kind: 'custom', outcomes: all('forbidden'), note: 'first run only: refused once a person exists' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/account/password-actions.ts',
    exportName: 'changePasswordAction',
    rule: { kind: 'signedIn', note: 'the caller’s own password, the current one asked (account.password: self); other sessions end' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/account/password-actions.ts',
    exportName: 'signOutEverywhereAction',
    rule: { kind: 'signedIn', note: 'ends every session of the caller’s own account (account.sessions: self); needs { confirm: true }' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/account/password-actions.ts',
    exportName: 'requestPasswordResetAction',
    rule: {
      kind: 'public',
      note: 'emails a one-time link when SMTP_URL and NEXTAUTH_URL are set; same answer whether the account exists; rate-limited per address and account',
    },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/account/password-actions.ts',
    exportName: 'resetPasswordAction',
    rule: { kind: 'public', note: 'the one-time reset token (hashed, 1 hour, single use) is the credential' },
    args: () => [{}],
  },
  // Personal data (lib/privacy): an admin erases a member; everyone erases their own account.
  wsAction('lib/privacy/actions.ts', 'eraseMemberAction', 'members.erase', 'members.personalData'),
  // Sessions and passwords (lib/account/password-actions.ts): an admin ends a member's sessions or makes a reset link.
  wsAction('lib/account/password-actions.ts', 'endMemberSessionsAction', 'members.endSessions', 'members.sessions'),
  wsAction('lib/account/password-actions.ts', 'createMemberResetLinkAction', 'members.resetLink', 'members.sessions'),
  // The caller's own calendar feed address and weekly digest (lib/calendar/actions.ts).
  {
    kind: 'action',
    module: 'lib/calendar/actions.ts',
    exportName: 'createFeedAddressAction',
    rule: {
      kind: 'signedIn',
      note: 'a new secret feed address for the caller only (account.calendar: self), the previous one ended; needs { confirm: true }; audited',
    },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/calendar/actions.ts',
    exportName: 'revokeFeedAddressAction',
    rule: { kind: 'signedIn', note: 'ends the caller’s own feed address (account.calendar: self); needs { confirm: true }; audited' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/calendar/actions.ts',
    exportName: 'setDigestPreferenceAction',
    rule: { kind: 'signedIn', note: 'the caller’s own weekly digest on or off (account.calendar: self); audited' },
    args: () => [{}],
  },
  {
    kind: 'action',
    module: 'lib/privacy/actions.ts',
    exportName: 'eraseOwnAccountAction',
    rule: { kind: 'signedIn', note: 'the caller’s own account only, confirmed by typing its email (account.personalData: self)' },
    args: () => [{}],
  },
];
