import type { Role } from '@/db/schema/workspaces';
import { can, type Permission } from '@/lib/auth/policy';

/**
 * The shape of the endpoint registry (lib/security/registry.ts): who calls, what they get, the
 * entries of each kind and the helpers the area files (registry-<area>.ts) build them with.
 * Imports only the policy; the area files import this module, never registry.ts (that would be a cycle).
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

/** The demo workspace's root path. */
export const ws = (d: DemoIds) => `/${d.workspace}`;
type WorkspaceRuleExtra = Partial<Extract<Rule, { kind: 'workspace' }>>;
/** A page guarded by `requirePageMember(permission)`. */
export const workspacePage = (route: string, permission: Permission, path: (d: DemoIds) => string, extra: WorkspaceRuleExtra = {}): PageEntry => ({
  kind: 'page',
  route,
  rule: { kind: 'workspace', permission, ...extra },
  path,
});
/**
 * The demo URL of a route whose only dynamic segment is `[workspace]`: the route itself
 * (`/[workspace]/actors/map` → `/val-d-argence/actors/map`). Throws on any other segment, which needs a concrete id.
 */
export const demoPathOf = (route: string) => demoPathWith(route, {});
/** The demo id each dynamic segment of a route takes (`{ actorId: 'partnerActor' }`), `[workspace]` aside. */
export type SegmentIds = Record<string, keyof DemoIds>;
/**
 * The demo URL of a route, `[workspace]` and each segment of `ids` filled from the demo ids
 * (`/[workspace]/actors/[actorId]` with `{ actorId: 'partnerActor' }` → `/val-d-argence/actors/<id>`),
 * then `query` (`?lang=en`). Throws on a segment `ids` does not name.
 */
export const demoPathWith = (route: string, ids: SegmentIds, query = '') => {
  const missing = [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!).filter((segment) => segment !== 'workspace' && !(segment in ids));
  if (missing.length > 0) throw new Error(`${route}: give its demo path, the route has a segment other than [workspace]`);
  return (d: DemoIds) => route.replace(/\[([^\]]+)\]/g, (_, segment: string) => (segment === 'workspace' ? d.workspace : d[ids[segment]!])) + query;
};
/** A page outside the workspace rules (public, signed-in or custom); its demo URL is its route unless given. */
export const plainPage = (route: string, rule: Rule, path: (d: DemoIds) => string = () => route): PageEntry => ({ kind: 'page', route, rule, path });
/** A GET route handler outside the workspace rules; its demo URL is its route unless given. */
export const plainGetRoute = (route: string, rule: Rule, path: (d: DemoIds) => string = () => route): RouteHandlerEntry => ({
  kind: 'route',
  route,
  method: 'GET',
  rule,
  path,
});
/** A `workspacePage` whose demo URL is its own route (no segment but `[workspace]`). */
export const workspacePageAtRoute = (route: string, permission: Permission, extra: WorkspaceRuleExtra = {}): PageEntry =>
  workspacePage(route, permission, demoPathOf(route), extra);
/** A `workspacePage` whose demo URL is its route with its segments filled from the demo ids (`demoPathWith`). */
export const workspacePageWith = (route: string, permission: Permission, ids: SegmentIds, extra: WorkspaceRuleExtra = {}): PageEntry =>
  workspacePage(route, permission, demoPathWith(route, ids), extra);
/** A GET route handler guarded by `guardRoute(permission)`. */
export const workspaceGetRoute = (route: string, permission: Permission, path: (d: DemoIds) => string, extra: WorkspaceRuleExtra = {}): RouteHandlerEntry => ({
  kind: 'route',
  route,
  method: 'GET',
  rule: { kind: 'workspace', permission, ...extra },
  path,
});
/** Every identity gets the same. */
export const all = (access: Access) => Object.fromEntries(IDENTITIES.map((i) => [i, access])) as Record<Identity, Access>;
/** Partners only see the rows shared with their own authority: the other partner finds nothing. */
export const ownPartnerOnly = { otherPartner: 'not_found' } as const;

/** A workspace action: `(workspaceId, input)`; an empty input stops an allowed caller at validation. */
export type WsAction = typeof wsAction;
export const wsAction = (module: string, exportName: string, name: string, permission: Permission, extra: WorkspaceRuleExtra = {}): ServerActionEntry => ({
  kind: 'action',
  module,
  exportName,
  workspaceAction: name,
  rule: { kind: 'workspace', permission, ...extra },
  args: (d) => [d.workspaceId, {}],
});
/** `wsAction` for the exports of one 'use server' module: `const strategy = wsActionsOf('lib/strategy/actions.ts')`. */
export const wsActionsOf =
  (module: string) =>
  (exportName: string, name: string, permission: Permission, extra: WorkspaceRuleExtra = {}): ServerActionEntry =>
    wsAction(module, exportName, name, permission, extra);
/**
 * The actions of one module that share a permission (and the same rule extras), as
 * `{ exportName: workspaceActionName }`: `wsActionGroup('lib/strategy/actions.ts', 'strategy.manage', { saveStrategyAction: 'strategy.save' })`.
 */
export const wsActionGroup = (module: string, permission: Permission, actions: Record<string, string>, extra: WorkspaceRuleExtra = {}): ServerActionEntry[] =>
  Object.entries(actions).map(([exportName, name]) => wsAction(module, exportName, name, permission, extra));
/** An action outside any workspace (public or for the signed-in caller): `(input)`, an empty input by default. */
export const plainAction = (module: string, exportName: string, rule: Rule, args: () => unknown[] = () => [{}]): ServerActionEntry => ({
  kind: 'action',
  module,
  exportName,
  rule,
  args,
});

/** Outcomes on a document the team writes: managers write, contributors and reviewers read, partners and others are refused; `overrides` for the rest. */
export const teamDocument = (overrides: Partial<Record<Identity, CollabAccess>> = {}): Record<Identity, CollabAccess> => ({
  anonymous: 'refused',
  admin: 'read-write',
  editor: 'read-write',
  contributor: 'read-only',
  reviewer: 'read-only',
  partner: 'refused',
  otherPartner: 'refused',
  outsider: 'refused',
  ...overrides,
});

/** Outcomes on a document the team writes and the other partner co-edits (shared with Tamboura's partnership). */
export const sharedWithOtherPartner = teamDocument({ otherPartner: 'read-write' });

/** Outcomes on a document shared with the partner's own partnership (Nioro-Kaya). */
export const sharedWithPartner = teamDocument({ partner: 'read-write' });

/** One concrete collaborative document of a `CollabEntry` and what each identity must get on it. */
export type CollabDocument = CollabEntry['documents'][number];

/** The collaborative documents of one `type` of lib/collab/names.ts, whose names `builder` makes. */
export const collabDocuments = (type: string, builder: string, documents: CollabDocument[]): CollabEntry => ({ kind: 'collab', type, builder, documents });

/**
 * A document shared with a partnership, checked from both sides: the copy shared with the other
 * partner's partnership (that partner co-edits it) and the one shared with the partner's own.
 */
export const sharedWithEitherPartner = (otherPartners: Omit<CollabDocument, 'outcomes'>, partners: Omit<CollabDocument, 'outcomes'>): CollabDocument[] => [
  { ...otherPartners, outcomes: sharedWithOtherPartner },
  { ...partners, outcomes: sharedWithPartner },
];
