import type { Role } from '@/db/schema/workspaces';
import { can, type Permission } from '@/lib/auth/policy';
import { CO_FINANCING_ACTIONS } from './registry-co-financing';
import { partnershipActions } from './registry-partnerships';
import { EXTRA_ACTIONS, EXTRA_COLLAB, EXTRA_PAGES, EXTRA_ROUTES } from './registry-extra';
import { addIatiEntries } from './registry-iati';

/**
 * THE registry of every way into the app: each page (app/∗∗/page.tsx), route handler
 * (app/∗∗/route.ts, per method), server action ('use server' export, including every workspace
 * action of lib/auth/action.ts) and collaboration document type, with the rule that governs it
 * and how to build a concrete URL / input / document name in the demo workspace.
 *
 * - lib/security/registry.test.ts fails when an endpoint exists in the code but not here.
 * - e2e/access-matrix.spec.ts calls every entry as every IDENTITY against the production server
 *   and compares what happens with `expectedAccess` (pages, route handlers, server actions over
 *   HTTP, Hocuspocus connections); lib/security/action-matrix.test.ts calls every workspace action
 *   through the real action wrapper.
 *
 * When you add an endpoint: add an entry below with its rule. Use `{ kind: 'workspace', permission }`
 * when the page/route/action asks `requirePageMember` / `guardRoute` / `workspaceAction` for that
 * permission; add `resource` when a rule on the row itself (lib/∗/queries.ts) narrows it for some
 * identities, and say why in `note`.
 *
 * No `server-only`: Playwright (Node) and Vitest read it. Imports only the policy.
 */

/** Who calls: nobody, each role of the demo workspace, a partner of another partnership, a member of another workspace. */
export const IDENTITIES = ['anonymous', 'admin', 'editor', 'contributor', 'reviewer', 'partner', 'otherPartner', 'outsider'] as const;
export type Identity = (typeof IDENTITIES)[number];

/**
 * What a caller gets. `allowed`: the page renders (200), the route answers 200, the action reaches
 * its validation (the matrix sends an empty input, so nothing changes). `unauthenticated`: sign-in
 * redirect (pages), 401 (routes), `unauthenticated` (actions). `redirect`: a page that sends this
 * caller elsewhere (not to sign-in).
 */
export type Access = 'allowed' | 'unauthenticated' | 'forbidden' | 'not_found' | 'redirect';
/** What a collaboration connection gets. */
export type CollabAccess = 'read-write' | 'read-only' | 'refused';

export type Rule =
  /** Anyone, signed in or not (the sign-in page, the public questionnaire, …). */
  | { kind: 'public'; note?: string }
  /** Any signed-in person; anonymous callers go to sign-in. */
  | { kind: 'signedIn'; note?: string }
  /**
   * A member of the workspace whose role has `permission` (lib/auth/policy.ts). Anonymous → sign-in,
   * not a member → not_found, role without the permission → forbidden. `resource` overrides the
   * outcome for identities a rule on the row itself treats differently (explain it in `note`).
   */
  | { kind: 'workspace'; permission: Permission; resource?: Partial<Record<Identity, Access>>; note?: string }
  /** Anything else, spelled out for every identity. */
  | { kind: 'custom'; outcomes: Record<Identity, Access>; note: string };

/** The role an identity holds in the demo workspace (`val-d-argence`), if any. */
export function roleOf(identity: Identity): Role | null {
  if (identity === 'anonymous' || identity === 'outsider') return null;
  if (identity === 'otherPartner') return 'partner';
  return identity;
}

/** What the policy (and the registry's resource rules) say `identity` must get. */
export function expectedAccess(rule: Rule, identity: Identity): Access {
  switch (rule.kind) {
    case 'public':
      return 'allowed';
    case 'signedIn':
      return identity === 'anonymous' ? 'unauthenticated' : 'allowed';
    case 'custom':
      return rule.outcomes[identity];
    case 'workspace': {
      if (identity === 'anonymous') return 'unauthenticated';
      const override = rule.resource?.[identity];
      if (override) return override;
      const role = roleOf(identity);
      if (!role) return 'not_found';
      return can(role, rule.permission) ? 'allowed' : 'forbidden';
    }
  }
}

/** Concrete ids of the seeded demo (lib/seed/demo.ts + lib/seed/security.ts), read from the database by lib/security/demo-ids.ts. */
export type DemoIds = {
  workspace: string;
  workspaceId: string;
  otherWorkspace: string;
  /** The actor record of the partner's own authority (Nioro-Kaya), and of the other partner's (Tamboura). */
  partnerActor: string;
  otherPartnerActor: string;
  /** An external action with Nioro-Kaya as partner and the contributor's department taking part. */
  sharedAction: string;
  /** The contributor's account (a member whose personal data an admin may export). */
  contributorUser: string;
  /** The contributor's department (they are its point person). */
  contributorDepartment: string;
  completedDiagnostic: string;
  inProgressDiagnostic: string;
  /** A dimension of the in-progress diagnostic assigned to the contributor. */
  contributorDimension: string;
  documentVersion: string;
  documentVersion2: string;
  axis: string;
  indicator: string;
  censusToken: string;
  /** Written sections: one assigned to the contributor, one assigned to nobody. */
  contributorSection: string;
  unassignedSection: string;
  /** The partner's own partnership (Nioro-Kaya), a written section shared with it, and the language of its translation. */
  partnerPartnership: string;
  partnerSection: string;
  partnerTranslationLanguage: string;
  /** The other partner's own partnership (Tamboura), the written section shared with it, and the language of its translation. */
  otherPartnership: string;
  otherPartnerSection: string;
  /** The demo's first review cycle (its version adopted): readable whatever later cycles do. */
  review: string;
  translationLanguage: string;
  /** A demo mission of the partner's own partnership (Nioro-Kaya) whose debrief is assigned to the contributor. */
  mission: string;
  evaluation: string; // last year's evaluation (issue 21.4, lib/seed/evaluation.ts)
};

export type PageEntry = {
  kind: 'page';
  /** The route as Next matches it, without route groups: `/[workspace]/actors/[actorId]`. */
  route: string;
  rule: Rule;
  /** A concrete URL in the demo data. */
  path: (d: DemoIds) => string;
};

export type RouteHandlerEntry = {
  kind: 'route';
  route: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  rule: Rule;
  path: (d: DemoIds) => string;
  /**
   * `matrix: false` keeps a method out of the HTTP matrix when calling it as every identity would
   * prove nothing (say why in the rule's note); it stays registered and is tested elsewhere.
   */
  matrix?: false;
  /**
   * Answered by scripts/server.ts itself, before Next (no `route.ts`): `/health`. The registry test
   * reads the paths that file answers and requires an entry for each.
   */
  servedBy?: 'scripts/server.ts';
};
export type ServerActionEntry = {
  kind: 'action';
  /** The 'use server' module and its export. */
  module: string;
  exportName: string;
  /** For exports made with `workspaceAction(name, …)`: that name (its permission is checked against `rule`). */
  workspaceAction?: string;
  rule: Rule;
  /** The arguments the matrix sends: never valid, so an allowed caller stops at validation and nothing changes. */
  args: (d: DemoIds) => unknown[];
};
export type CollabEntry = {
  kind: 'collab';
  /** The `type` of lib/collab/names.ts CollabDocumentRef it covers. */
  type: string;
  /** The document name builder of lib/collab/names.ts (`sectionDocumentName` → `section:<id>`). */
  builder: string;
  /** One concrete document and what each identity must get on it. */
  documents: { label: string; name: (d: DemoIds) => string; outcomes: Record<Identity, CollabAccess> }[];
};
export type Entry = PageEntry | RouteHandlerEntry | ServerActionEntry | CollabEntry;
const ws = (d: DemoIds) => `/${d.workspace}`;
const workspacePage = (
  route: string,
  permission: Permission,
  path: (d: DemoIds) => string,
  extra: Partial<Extract<Rule, { kind: 'workspace' }>> = {},
): PageEntry => ({
  kind: 'page',
  route,
  rule: { kind: 'workspace', permission, ...extra },
  path,
});
/** Every identity gets the same. */
const all = (access: Access) => Object.fromEntries(IDENTITIES.map((i) => [i, access])) as Record<Identity, Access>;
/** Partners only see the rows shared with their own authority: the other partner finds nothing. */
const ownPartnerOnly = { otherPartner: 'not_found' } as const;

export const PAGES: PageEntry[] = [
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
  {
    kind: 'page',
    route: '/p/[slug]',
    rule: {
      kind: 'custom',
      outcomes: {
        anonymous: 'not_found',
        admin: 'not_found',
        editor: 'not_found',
        contributor: 'not_found',
        reviewer: 'not_found',
        partner: 'not_found',
        otherPartner: 'not_found',
        outsider: 'not_found',
      },
      note: 'the public page of an adopted strategy, without sign-in, only while an admin publishes it; the demo publishes nothing, so 404 for everyone (e2e/publication.spec.ts publishes, reads anonymously, unpublishes)',
    },
    path: (d) => `/p/${d.workspace}`,
  },
  {
    kind: 'page',
    route: '/bench/baseline',
    rule: {
      kind: 'custom',
      outcomes: all('not_found'),
      note: "the benchmark's page baseline (scripts/bench): it exists only on the benchmark's server (FILROUGE_BENCH=1)",
    },
    path: () => '/bench/baseline',
  },
  {
    kind: 'page',
    route: '/q/[token]',
    rule: { kind: 'public', note: 'the public census questionnaire: the link token is the credential' },
    path: (d) => `/q/${d.censusToken}`,
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
  workspacePage('/[workspace]', 'workspace.read', ws, {
    resource: { partner: 'redirect', otherPartner: 'redirect' },
    note: "a partner lands in their partnership's space instead (workspace.overview)",
  }),
  workspacePage('/[workspace]/dashboard', 'dashboard.read', (d) => `${ws(d)}/dashboard`),
  workspacePage('/[workspace]/dashboard/publication', 'publication.manage', (d) => `${ws(d)}/dashboard/publication`),
  // Partnerships (issue 9): a partner reaches only their own authority's partnership.
  workspacePage('/[workspace]/partnerships', 'partnerships.read', (d) => `${ws(d)}/partnerships`, {
    resource: { partner: 'redirect', otherPartner: 'redirect' },
    note: 'a partner with one partnership is sent straight to its space',
  }),
  workspacePage('/[workspace]/partnerships/coordination', 'coordination.read', (d) => `${ws(d)}/partnerships/coordination`),
  workspacePage('/[workspace]/partnerships/[partnershipId]', 'partnerships.read', (d) => `${ws(d)}/partnerships/${d.otherPartnership}`, {
    resource: { partner: 'not_found' },
    note: "the other partner's partnership: the partner of Nioro-Kaya finds nothing (lib/partnerships/access.ts)",
  }),
  workspacePage(
    '/[workspace]/partnerships/[partnershipId]/sections/[sectionId]',
    'partnerships.read',
    (d) => `${ws(d)}/partnerships/${d.otherPartnership}/sections/${d.otherPartnerSection}`,
    {
      resource: { partner: 'not_found' },
      note: "a section shared with the other partner's partnership only",
    },
  ),
  workspacePage('/[workspace]/members', 'members.read', (d) => `${ws(d)}/members`),
  workspacePage('/[workspace]/settings', 'workspace.update', (d) => `${ws(d)}/settings`),
  workspacePage('/[workspace]/audit', 'audit.read', (d) => `${ws(d)}/audit`),
  // Actors map
  workspacePage('/[workspace]/actors', 'actors.read', (d) => `${ws(d)}/actors`),
  workspacePage('/[workspace]/actors/new', 'actors.create', (d) => `${ws(d)}/actors/new`),
  workspacePage('/[workspace]/actors/[actorId]', 'actors.readOwn', (d) => `${ws(d)}/actors/${d.partnerActor}`, {
    resource: ownPartnerOnly,
    note: "a partner reads only their own authority's record (lib/actors/queries.ts getActor)",
  }),
  workspacePage('/[workspace]/actors/[actorId]/edit', 'actors.update', (d) => `${ws(d)}/actors/${d.otherPartnerActor}/edit`, {
    resource: { contributor: 'forbidden' },
    note: 'a contributor edits only the actors they created or that an action of their department involves (lib/actors/access.ts); Tamboura is neither (lib/actors/access.test.ts covers the allowed cases)',
  }),
  workspacePage('/[workspace]/actors/census', 'census.manage', (d) => `${ws(d)}/actors/census`),
  workspacePage('/[workspace]/actors/graph', 'actors.read', (d) => `${ws(d)}/actors/graph`),
  workspacePage('/[workspace]/actors/grid', 'actors.read', (d) => `${ws(d)}/actors/grid`),
  workspacePage('/[workspace]/actors/import', 'actors.import', (d) => `${ws(d)}/actors/import`),
  workspacePage('/[workspace]/actors/map', 'actors.read', (d) => `${ws(d)}/actors/map`),
  // External actions, competencies, departments
  workspacePage('/[workspace]/actions', 'externalActions.readShared', (d) => `${ws(d)}/actions`),
  workspacePage('/[workspace]/actions/new', 'externalActions.create', (d) => `${ws(d)}/actions/new`),
  workspacePage('/[workspace]/actions/milestones', 'externalActions.read', (d) => `${ws(d)}/actions/milestones`),
  workspacePage('/[workspace]/calendar/calls', 'projectCalls.read', (d) => `${ws(d)}/calendar/calls`),
  workspacePage('/[workspace]/calendar', 'calendar.read', (d) => `${ws(d)}/calendar`, {
    note: 'each source of events applies its own rules (lib/calendar/sources): a partner sees the milestones of the actions shared with them only',
  }),
  workspacePage('/[workspace]/actions/[actionId]', 'externalActions.readShared', (d) => `${ws(d)}/actions/${d.sharedAction}`, {
    resource: ownPartnerOnly,
    note: 'a partner reads only the actions their authority is a partner of (lib/external-actions/queries.ts)',
  }),
  workspacePage('/[workspace]/actions/[actionId]/edit', 'externalActions.update', (d) => `${ws(d)}/actions/${d.sharedAction}/edit`, {
    note: 'a contributor edits only the actions their department takes part in (this one: yes)',
  }),
  workspacePage('/[workspace]/actions/blind-spots', 'externalActions.read', (d) => `${ws(d)}/actions/blind-spots`),
  workspacePage('/[workspace]/actions/budget', 'externalActions.read', (d) => `${ws(d)}/actions/budget`),
  workspacePage('/[workspace]/actions/competencies', 'competencies.read', (d) => `${ws(d)}/actions/competencies`),
  workspacePage('/[workspace]/actions/matrix', 'externalActions.read', (d) => `${ws(d)}/actions/matrix`),
  workspacePage('/[workspace]/actions/returns', 'externalActions.read', (d) => `${ws(d)}/actions/returns`),
  workspacePage('/[workspace]/actions/departments', 'departments.read', (d) => `${ws(d)}/actions/departments`),
  workspacePage('/[workspace]/actions/departments/new', 'departments.manage', (d) => `${ws(d)}/actions/departments/new`),
  workspacePage('/[workspace]/actions/departments/[departmentId]', 'departments.read', (d) => `${ws(d)}/actions/departments/${d.contributorDepartment}`),
  workspacePage(
    '/[workspace]/actions/departments/[departmentId]/edit',
    'departments.update',
    (d) => `${ws(d)}/actions/departments/${d.contributorDepartment}/edit`,
    {
      note: "a contributor edits only their own department's record (this one: theirs)",
    },
  ),
  // Diagnostic
  workspacePage('/[workspace]/diagnostic', 'diagnostic.read', (d) => `${ws(d)}/diagnostic`),
  workspacePage('/[workspace]/diagnostic/[diagnosticId]', 'diagnostic.read', (d) => `${ws(d)}/diagnostic/${d.completedDiagnostic}`),
  workspacePage(
    '/[workspace]/diagnostic/[diagnosticId]/[dimension]',
    'diagnostic.read',
    (d) => `${ws(d)}/diagnostic/${d.inProgressDiagnostic}/${d.contributorDimension}`,
    {
      resource: { reviewer: 'forbidden' },
      note: 'reviewers read completed diagnostics only; contributors the dimensions assigned to them (this one: theirs)',
    },
  ),
  workspacePage('/[workspace]/diagnostic/[diagnosticId]/report', 'diagnostic.read', (d) => `${ws(d)}/diagnostic/${d.completedDiagnostic}/report`),
  workspacePage('/[workspace]/diagnostic/[diagnosticId]/results', 'diagnostic.read', (d) => `${ws(d)}/diagnostic/${d.completedDiagnostic}/results`),
  // Strategy document
  workspacePage('/[workspace]/document', 'document.read', (d) => `${ws(d)}/document`),
  workspacePage('/[workspace]/document/versions', 'document.read', (d) => `${ws(d)}/document/versions`),
  workspacePage('/[workspace]/document/versions/[versionId]', 'document.read', (d) => `${ws(d)}/document/versions/${d.documentVersion}`),
  workspacePage(
    '/[workspace]/document/versions/compare',
    'document.read',
    (d) => `${ws(d)}/document/versions/compare?from=${d.documentVersion2}&to=${d.documentVersion}`,
  ),
  workspacePage('/[workspace]/document/review', 'document.read', (d) => `${ws(d)}/document/review`),
  workspacePage('/[workspace]/document/review/[reviewId]', 'document.read', (d) => `${ws(d)}/document/review/${d.review}`),
  workspacePage('/[workspace]/notifications', 'notifications.read', (d) => `${ws(d)}/notifications`, {
    note: "each person's own notifications in this workspace",
  }),
  // The common thread
  workspacePage('/[workspace]/strategy', 'strategy.read', (d) => `${ws(d)}/strategy`),
  workspacePage('/[workspace]/strategy/edit', 'strategy.manage', (d) => `${ws(d)}/strategy/edit`),
  workspacePage('/[workspace]/strategy/axes/[axisId]', 'strategy.read', (d) => `${ws(d)}/strategy/axes/${d.axis}`),
  workspacePage('/[workspace]/strategy/indicators', 'strategy.read', (d) => `${ws(d)}/strategy/indicators`),
  workspacePage('/[workspace]/strategy/indicators/[indicatorId]', 'strategy.read', (d) => `${ws(d)}/strategy/indicators/${d.indicator}`),
  workspacePage('/[workspace]/strategy/map', 'strategy.read', (d) => `${ws(d)}/strategy/map`),
  workspacePage('/[workspace]/strategy/placements', 'strategy.read', (d) => `${ws(d)}/strategy/placements`),
  // Missions and delegations (issue 19): a partner sees only the missions of their own partnership.
  workspacePage('/[workspace]/missions', 'missions.read', (d) => `${ws(d)}/missions`, {
    note: "a partner's list holds only their partnership's missions (lib/missions/queries.ts visibleMissions)",
  }),
  workspacePage('/[workspace]/missions/new', 'missions.manage', (d) => `${ws(d)}/missions/new`),
  workspacePage('/[workspace]/missions/[missionId]', 'missions.read', (d) => `${ws(d)}/missions/${d.mission}`, {
    resource: ownPartnerOnly,
    note: "a mission of the partner's own partnership: the other partner finds nothing",
  }),
  workspacePage('/[workspace]/missions/[missionId]/edit', 'missions.manage', (d) => `${ws(d)}/missions/${d.mission}/edit`),
  workspacePage('/[workspace]/missions/[missionId]/debrief', 'missions.debrief', (d) => `${ws(d)}/missions/${d.mission}/debrief`, {
    note: 'a contributor writes only the debriefs assigned to them (this one: theirs; lib/missions/queries.ts canWriteDebrief)',
  }),
  ...EXTRA_PAGES,
];

export const ROUTE_HANDLERS: RouteHandlerEntry[] = [
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
    route: '/api/workspaces/[workspace]/actors/export',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'actors.export' },
    path: (d) => `/api/workspaces/${d.workspace}/actors/export?format=csv`,
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/actors/graph',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'actors.read',
      note: 'the data of the actors graph page, under the same rule as that page (lib/actors/graph-data.test.ts)',
    },
    path: (d) => `/api/workspaces/${d.workspace}/actors/graph?family=external`,
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/document/export',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'document.export' },
    path: (d) => `/api/workspaces/${d.workspace}/document/export?format=docx&lang=fr`,
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/missions/[missionId]/report',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'missions.export',
      resource: ownPartnerOnly,
      note: "the mission report as DOCX or PDF; a partner only for their partnership's missions",
    },
    path: (d) => `/api/workspaces/${d.workspace}/missions/${d.mission}/report?lang=en`,
  },
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/document/texts',
    method: 'GET',
    rule: {
      kind: 'workspace',
      permission: 'document.read',
      note: 'the live text of the named collaborative documents, each only if the collaboration server would let the caller read it (others left out): lib/strategy-document/live-text.test.ts; partners write all they reach, so never need it',
    },
    path: (d) => `/api/workspaces/${d.workspace}/document/texts?name=section:${d.contributorSection}`,
  },
  {
    kind: 'route',
    route: '/[workspace]/document/print',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'document.read' },
    path: (d) => `${ws(d)}/document/print`,
  },
  {
    kind: 'route',
    route: '/p/[slug]/pdf',
    method: 'GET',
    rule: {
      kind: 'custom',
      outcomes: {
        anonymous: 'not_found',
        admin: 'not_found',
        editor: 'not_found',
        contributor: 'not_found',
        reviewer: 'not_found',
        partner: 'not_found',
        otherPartner: 'not_found',
        outsider: 'not_found',
      },
      note: 'the PDF of the public page, under the same rule: 404 while nothing is published (the demo publishes nothing)',
    },
    path: (d) => `/p/${d.workspace}/pdf?lang=fr`,
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
  {
    kind: 'route',
    route: '/api/maps/world',
    method: 'GET',
    rule: { kind: 'public', note: "the world's country outlines (Natural Earth, static, built once), drawn by the dashboard's map: no data" },
    path: () => '/api/maps/world',
  },
  {
    kind: 'route',
    route: '/api/bench/baseline',
    method: 'GET',
    rule: { kind: 'public', note: 'the benchmark baseline (scripts/bench): an empty answer, no session, no data' },
    path: () => '/api/bench/baseline',
  },
  // The read-only REST API v1: a bearer personal access token is the only credential; a session
  // cookie is not one, so every identity of the matrix gets 401 (lib/api/api.test.ts covers tokens).
  ...(['actors', 'relations', 'actions', 'axes', 'indicators'] as const).map((resource): RouteHandlerEntry => ({
    kind: 'route',
    route: `/api/v1/workspaces/[workspace]/${resource}`,
    method: 'GET',
    rule: {
      kind: 'custom',
      outcomes: all('unauthenticated'),
      note: 'bearer token of this workspace only (reads as a reviewer; 401 expired/revoked/unknown/malformed, 404 other workspace): lib/api/api.test.ts',
    },
    path: (d) => `/api/v1/workspaces/${d.workspace}/${resource}`,
  })),
  {
    kind: 'route',
    route: '/api/v1/docs',
    method: 'GET',
    rule: { kind: 'public', note: 'the API reference, server-rendered HTML from the same zod schemas: no data' },
    path: () => '/api/v1/docs?lang=en',
  },
  {
    kind: 'route',
    route: '/api/v1/openapi.json',
    method: 'GET',
    rule: { kind: 'public', note: 'the OpenAPI 3.1 document of the API: no data' },
    path: () => '/api/v1/openapi.json',
  },
  {
    kind: 'route',
    route: '/health',
    method: 'GET',
    servedBy: 'scripts/server.ts',
    rule: {
      kind: 'public',
      note: 'for monitoring: database writable, free space, collaboration and PDF pool state; no session, no data of anyone (lib/operations/health.ts)',
    },
    path: () => '/health',
  },
  {
    kind: 'route',
    route: '/__bench/sql-count',
    method: 'GET',
    servedBy: 'scripts/server.ts',
    matrix: false,
    rule: { kind: 'public', note: "the benchmark's SQL statement counter, answered only when FILROUGE_SQL_COUNT=1 (never in production); a number, no data" },
    path: () => '/__bench/sql-count',
  },
  ...EXTRA_ROUTES,
];

/** A workspace action: `(workspaceId, input)`; an empty input stops an allowed caller at validation. */
export type WsAction = typeof wsAction;
/** The rule on a debrief's entries: a contributor writes only the debriefs assigned to them. */
const OWN_DEBRIEF = { note: 'a contributor: only a debrief assigned to them' };

const wsAction = (
  module: string,
  exportName: string,
  name: string,
  permission: Permission,
  extra: Partial<Extract<Rule, { kind: 'workspace' }>> = {},
): ServerActionEntry => ({
  kind: 'action',
  module,
  exportName,
  workspaceAction: name,
  rule: { kind: 'workspace', permission, ...extra },
  args: (d) => [d.workspaceId, {}],
});

export const SERVER_ACTIONS: ServerActionEntry[] = [
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
  {
    kind: 'action',
    module: 'lib/census/actions.ts',
    exportName: 'submitCensusAction',
    rule: { kind: 'public', note: 'the public questionnaire: link token, rate limit per address, spam trap' },
    args: () => [{}],
  },
  // Every workspace action: exports of workspaceAction(name, schema, permission, run), or wrappers of one.
  wsAction('lib/actors/actions.ts', 'createActorAction', 'actors.create', 'actors.create'),
  wsAction('lib/actors/actions.ts', 'updateActorAction', 'actors.update', 'actors.update', {
    note: 'a contributor: only actors assigned to them, checked on the row after validation (lib/actors/access.ts)',
  }),
  wsAction('lib/actors/actions.ts', 'moveActorOnGridAction', 'actors.move', 'actors.update', {
    note: 'a contributor: only actors assigned to them (lib/actors/access.ts)',
  }),
  wsAction('lib/actors/actions.ts', 'deleteActorAction', 'actors.delete', 'actors.delete'),
  wsAction('lib/actors/actions.ts', 'exportContactDataAction', 'actors.contact.export', 'actors.personalData'),
  wsAction('lib/actors/actions.ts', 'eraseContactDataAction', 'actors.contact.erase', 'actors.personalData'),
  wsAction('lib/actors/actions.ts', 'createRelationAction', 'relations.create', 'relations.manage'),
  wsAction('lib/actors/actions.ts', 'deleteRelationAction', 'relations.delete', 'relations.manage'),
  wsAction('lib/actors/import-actions.ts', 'previewImportAction', 'actors.importPreview', 'actors.import'),
  wsAction('lib/actors/import-actions.ts', 'commitImportAction', 'actors.import', 'actors.import'),
  wsAction('lib/api/actions.ts', 'createApiTokenAction', 'apiTokens.create', 'apiTokens.manage'),
  wsAction('lib/api/actions.ts', 'revokeApiTokenAction', 'apiTokens.revoke', 'apiTokens.manage'),
  wsAction('lib/census/actions.ts', 'createCensusLinkAction', 'census.createLink', 'census.manage'),
  wsAction('lib/census/actions.ts', 'setCensusLinkOpenAction', 'census.setLinkOpen', 'census.manage'),
  wsAction('lib/census/actions.ts', 'acceptCensusResponseAction', 'census.accept', 'census.manage'),
  wsAction('lib/census/actions.ts', 'rejectCensusResponseAction', 'census.reject', 'census.manage'),
  wsAction('lib/competencies/actions.ts', 'setCompetencyHiddenAction', 'competencies.setHidden', 'competencies.manage'),
  wsAction('lib/competencies/actions.ts', 'createCompetencyAction', 'competencies.create', 'competencies.manage'),
  wsAction('lib/competencies/actions.ts', 'updateCompetencyAction', 'competencies.update', 'competencies.manage'),
  wsAction('lib/competencies/actions.ts', 'deleteCompetencyAction', 'competencies.delete', 'competencies.manage'),
  wsAction('lib/departments/actions.ts', 'createDepartmentAction', 'departments.create', 'departments.manage'),
  wsAction('lib/departments/actions.ts', 'updateDepartmentAction', 'departments.update', 'departments.update'),
  wsAction('lib/departments/actions.ts', 'deleteDepartmentAction', 'departments.delete', 'departments.manage'),
  wsAction('lib/departments/actions.ts', 'addDepartmentBudgetLineAction', 'departments.addBudgetLine', 'departments.update'),
  wsAction('lib/departments/actions.ts', 'deleteDepartmentBudgetLineAction', 'departments.deleteBudgetLine', 'departments.update'),
  wsAction('lib/diagnostic/actions.ts', 'createDiagnosticAction', 'diagnostic.create', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'updateDiagnosticAction', 'diagnostic.update', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'deleteDiagnosticAction', 'diagnostic.delete', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'assignDimensionAction', 'diagnostic.assign', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'answerDimensionAction', 'diagnostic.answer', 'diagnostic.answer'),
  wsAction('lib/diagnostic/actions.ts', 'completeDiagnosticAction', 'diagnostic.complete', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'createFollowUpAction', 'diagnostic.followUpCreate', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'updateFollowUpAction', 'diagnostic.followUpUpdate', 'diagnostic.manage'),
  wsAction('lib/external-actions/actions.ts', 'createExternalActionAction', 'externalActions.create', 'externalActions.create'),
  wsAction('lib/external-actions/actions.ts', 'updateExternalActionAction', 'externalActions.update', 'externalActions.update'),
  wsAction('lib/external-actions/actions.ts', 'deleteExternalActionAction', 'externalActions.delete', 'externalActions.delete'),
  wsAction('lib/external-actions/actions.ts', 'recordObservedReturnAction', 'externalActions.recordObserved', 'externalActions.update'),
  wsAction('lib/external-actions/actions.ts', 'deleteObservedReturnAction', 'externalActions.deleteObserved', 'externalActions.update'),
  wsAction('lib/milestones/actions.ts', 'createMilestoneAction', 'milestones.create', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  wsAction('lib/milestones/actions.ts', 'updateMilestoneAction', 'milestones.update', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  wsAction('lib/milestones/actions.ts', 'setMilestoneDoneAction', 'milestones.setDone', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  wsAction('lib/milestones/actions.ts', 'deleteMilestoneAction', 'milestones.delete', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  ...CO_FINANCING_ACTIONS,
  wsAction('lib/strategy-document/actions.ts', 'initializeDocumentAction', 'document.initialize', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'addSectionAction', 'document.addSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'renameSectionAction', 'document.renameSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'removeSectionAction', 'document.removeSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'moveSectionAction', 'document.moveSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'assignSectionAction', 'document.assignSection', 'document.manage'),
  wsAction('lib/strategy-document/actions.ts', 'saveVersionAction', 'document.saveVersion', 'document.manage'),
  wsAction('lib/strategy/actions.ts', 'saveStrategyAction', 'strategy.save', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'createAxisAction', 'strategy.createAxis', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'updateAxisAction', 'strategy.updateAxis', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'deleteAxisAction', 'strategy.deleteAxis', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'setPlacementAction', 'strategy.placeAction', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'proposePlacementAction', 'strategy.proposePlacement', 'strategy.propose'),
  wsAction('lib/strategy/actions.ts', 'attachFollowUpAction', 'strategy.attachFollowUp', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'createIndicatorAction', 'strategy.createIndicator', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'updateIndicatorAction', 'strategy.updateIndicator', 'strategy.indicators.update'),
  wsAction('lib/strategy/actions.ts', 'deleteIndicatorAction', 'strategy.deleteIndicator', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'recordIndicatorValueAction', 'strategy.recordValue', 'strategy.indicators.update'),
  wsAction('lib/strategy/actions.ts', 'deleteIndicatorValueAction', 'strategy.deleteValue', 'strategy.indicators.update'),
  wsAction('lib/publication/actions.ts', 'publishStrategyAction', 'publication.publish', 'publication.manage'),
  wsAction('lib/publication/actions.ts', 'unpublishStrategyAction', 'publication.unpublish', 'publication.manage'),
  wsAction('lib/review/actions.ts', 'submitReviewAction', 'review.submit', 'review.submit'),
  wsAction('lib/review/actions.ts', 'decideReviewAction', 'review.decide', 'review.decide', {
    note: 'only the reviewers named on the review decide (lib/review/queries.ts)',
  }),
  wsAction('lib/review/actions.ts', 'adoptReviewAction', 'review.adopt', 'review.adopt'),
  wsAction('lib/review/actions.ts', 'openReviewThreadAction', 'review.openThread', 'review.comment'),
  wsAction('lib/review/actions.ts', 'replyToReviewThreadAction', 'review.reply', 'review.comment'),
  wsAction('lib/review/actions.ts', 'setReviewThreadStatusAction', 'review.setThreadStatus', 'review.comment'),
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
  // Partnerships (lib/partnerships): a partner acts only on their own authority's partnership and shared sections.
  ...partnershipActions(wsAction),
  // Calls for projects (lib/project-calls): their deadlines are calendar events.
  wsAction('lib/project-calls/actions.ts', 'createProjectCallAction', 'projectCalls.create', 'projectCalls.manage'),
  wsAction('lib/project-calls/actions.ts', 'deleteProjectCallAction', 'projectCalls.delete', 'projectCalls.manage'),
  // Missions and delegations (lib/missions): managers record them; a contributor writes the debriefs assigned to them.
  wsAction('lib/missions/actions.ts', 'createMissionAction', 'missions.create', 'missions.manage'),
  wsAction('lib/missions/actions.ts', 'updateMissionAction', 'missions.update', 'missions.manage'),
  wsAction('lib/missions/actions.ts', 'deleteMissionAction', 'missions.delete', 'missions.manage'),
  wsAction('lib/missions/actions.ts', 'saveDebriefAction', 'missions.saveDebrief', 'missions.debrief', {
    note: 'a contributor: only a debrief assigned to them (lib/missions/queries.ts getDebriefMission)',
  }),
  wsAction('lib/missions/actions.ts', 'addDebriefContactAction', 'missions.addContact', 'missions.debrief', OWN_DEBRIEF),
  wsAction('lib/missions/actions.ts', 'addDebriefReturnAction', 'missions.addReturn', 'missions.debrief', OWN_DEBRIEF),
  wsAction('lib/missions/actions.ts', 'addFollowUpAction', 'missions.addFollowUp', 'missions.debrief', OWN_DEBRIEF),
  wsAction('lib/missions/actions.ts', 'setFollowUpDoneAction', 'missions.setFollowUpDone', 'missions.debrief', {
    note: 'the debrief’s writers, or the item’s owner',
  }),
  wsAction('lib/missions/actions.ts', 'removeDebriefEntryAction', 'missions.removeDebriefEntry', 'missions.debrief', OWN_DEBRIEF),
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
  ...EXTRA_ACTIONS,
];

/** Outcomes on a document the team writes and the other partner co-edits (shared with Tamboura's partnership). */
const sharedWithOtherPartner: Record<Identity, CollabAccess> = {
  anonymous: 'refused',
  admin: 'read-write',
  editor: 'read-write',
  contributor: 'read-only',
  reviewer: 'read-only',
  partner: 'refused',
  otherPartner: 'read-write',
  outsider: 'refused',
};

/** Outcomes on a document shared with the partner's own partnership (Nioro-Kaya). */
const sharedWithPartner: Record<Identity, CollabAccess> = { ...sharedWithOtherPartner, partner: 'read-write', otherPartner: 'refused' };

export const COLLAB_DOCUMENTS: CollabEntry[] = [
  {
    kind: 'collab',
    type: 'section',
    builder: 'sectionDocumentName',
    documents: [
      {
        label: 'written section assigned to the contributor',
        name: (d) => `section:${d.contributorSection}`,
        outcomes: {
          anonymous: 'refused',
          admin: 'read-write',
          editor: 'read-write',
          contributor: 'read-write',
          reviewer: 'read-only',
          partner: 'refused',
          otherPartner: 'refused',
          outsider: 'refused',
        },
      },
      {
        label: 'written section assigned to nobody',
        name: (d) => `section:${d.unassignedSection}`,
        outcomes: {
          anonymous: 'refused',
          admin: 'read-write',
          editor: 'read-write',
          contributor: 'read-only',
          reviewer: 'read-only',
          partner: 'refused',
          otherPartner: 'refused',
          outsider: 'refused',
        },
      },
      {
        label: "written section shared with the other partner's partnership (document.writeShared)",
        name: (d) => `section:${d.otherPartnerSection}`,
        outcomes: sharedWithOtherPartner,
      },
      {
        label: "written section shared with the partner's partnership",
        name: (d) => `section:${d.partnerSection}`,
        outcomes: sharedWithPartner,
      },
    ],
  },
  {
    kind: 'collab',
    type: 'translation',
    builder: 'translationDocumentName',
    documents: [
      {
        label: 'translation of the shared section (follows its section)',
        name: (d) => `section:${d.otherPartnerSection}:tr:${d.translationLanguage}`,
        outcomes: sharedWithOtherPartner,
      },
      {
        label: "translation of the section shared with the partner's partnership",
        name: (d) => `section:${d.partnerSection}:tr:${d.partnerTranslationLanguage}`,
        outcomes: sharedWithPartner,
      },
    ],
  },
  {
    kind: 'collab',
    type: 'partnership',
    builder: 'partnershipDocumentName',
    documents: [
      {
        label: "the other partner's partnership page (partnerships.contribute; a partner reaches only their own)",
        name: (d) => `partnership:${d.otherPartnership}`,
        outcomes: sharedWithOtherPartner,
      },
      {
        label: "the partner's own partnership page",
        name: (d) => `partnership:${d.partnerPartnership}`,
        outcomes: sharedWithPartner,
      },
    ],
  },
  ...EXTRA_COLLAB,
];
addIatiEntries(ROUTE_HANDLERS, SERVER_ACTIONS);
export const REGISTRY: Entry[] = [...PAGES, ...ROUTE_HANDLERS, ...SERVER_ACTIONS, ...COLLAB_DOCUMENTS];
