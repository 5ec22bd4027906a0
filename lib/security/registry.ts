import type { CollabEntry, Entry, PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';
import { ACCOUNT_ACTIONS, ACCOUNT_PAGES, ACCOUNT_ROUTES } from './registry-account';
import { WORKSPACE_ACTIONS, WORKSPACE_PAGES, WORKSPACE_ROUTES } from './registry-workspace';
import { PARTNERSHIP_ACTIONS, PARTNERSHIP_COLLAB, PARTNERSHIP_PAGES } from './registry-partnerships';
import { ACTORS_ACTIONS, ACTORS_PAGES, ACTORS_ROUTES } from './registry-actors';
import { EXTERNAL_ACTION_ACTIONS, EXTERNAL_ACTION_PAGES } from './registry-external-actions';
import { CO_FINANCING_ACTIONS } from './registry-co-financing';
import { IATI_ACTIONS, IATI_ROUTES } from './registry-iati';
import { DECLARATION_ACTIONS, DECLARATION_PAGES, DECLARATION_ROUTES } from './registry-declaration';
import { DIAGNOSTIC_ACTIONS, DIAGNOSTIC_PAGES } from './registry-diagnostic';
import { DOCUMENT_ACTIONS, DOCUMENT_COLLAB, DOCUMENT_PAGES, DOCUMENT_ROUTES } from './registry-document';
import { STRATEGY_ACTIONS, STRATEGY_PAGES } from './registry-strategy';
import { ROUND_ACTIONS, ROUND_PAGES, ROUND_ROUTES } from './registry-rounds';
import { EVALUATION_ACTIONS, EVALUATION_COLLAB, EVALUATION_PAGES, EVALUATION_ROUTES } from './registry-evaluation';
import { MISSION_ACTIONS, MISSION_PAGES, MISSION_ROUTES } from './registry-missions';
import { DEBRIEF_COLLAB_DOCUMENTS } from './registry-debrief';
import { API_ACTIONS, API_ROUTES } from './registry-api';
import { OPERATIONS_PAGES, OPERATIONS_ROUTES } from './registry-operations';

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
 * The entries live in one file per area (`registry-<area>.ts`), gathered below; the types, the
 * outcome rules and the helpers that build entries are in `registry-model.ts`.
 *
 * When you add an endpoint: add an entry to its area's file with its rule (a new area: a new file,
 * spread into the lists below). Use `{ kind: 'workspace', permission }` when the page/route/action
 * asks `requirePageMember` / `guardRoute` / `workspaceAction` for that permission (`workspacePage`,
 * `wsAction`); add `resource` when a rule on the row itself (lib/∗/queries.ts) narrows it for some
 * identities, and say why in `note`.
 *
 * No `server-only`: Playwright (Node) and Vitest read it. Imports only the policy (through registry-model.ts).
 */

export { IDENTITIES, expectedAccess, roleOf } from './registry-model';
export type {
  Access,
  CollabAccess,
  CollabEntry,
  DemoIds,
  Entry,
  Identity,
  PageEntry,
  RouteHandlerEntry,
  Rule,
  ServerActionEntry,
  WsAction,
} from './registry-model';

export const PAGES: PageEntry[] = [
  ...ACCOUNT_PAGES,
  ...WORKSPACE_PAGES,
  ...PARTNERSHIP_PAGES,
  ...ACTORS_PAGES,
  ...EXTERNAL_ACTION_PAGES,
  ...DECLARATION_PAGES,
  ...DIAGNOSTIC_PAGES,
  ...DOCUMENT_PAGES,
  ...STRATEGY_PAGES,
  ...ROUND_PAGES,
  ...EVALUATION_PAGES,
  ...MISSION_PAGES,
  ...OPERATIONS_PAGES,
];

export const ROUTE_HANDLERS: RouteHandlerEntry[] = [
  ...ACCOUNT_ROUTES,
  ...WORKSPACE_ROUTES,
  ...ACTORS_ROUTES,
  ...IATI_ROUTES,
  ...DECLARATION_ROUTES,
  ...DOCUMENT_ROUTES,
  ...ROUND_ROUTES,
  ...EVALUATION_ROUTES,
  ...MISSION_ROUTES,
  ...API_ROUTES,
  ...OPERATIONS_ROUTES,
];

export const SERVER_ACTIONS: ServerActionEntry[] = [
  ...ACCOUNT_ACTIONS,
  ...WORKSPACE_ACTIONS,
  ...PARTNERSHIP_ACTIONS,
  ...ACTORS_ACTIONS,
  ...EXTERNAL_ACTION_ACTIONS,
  ...CO_FINANCING_ACTIONS,
  ...IATI_ACTIONS,
  ...DECLARATION_ACTIONS,
  ...DIAGNOSTIC_ACTIONS,
  ...DOCUMENT_ACTIONS,
  ...STRATEGY_ACTIONS,
  ...ROUND_ACTIONS,
  ...EVALUATION_ACTIONS,
  ...MISSION_ACTIONS,
  ...API_ACTIONS,
];

export const COLLAB_DOCUMENTS: CollabEntry[] = [...DOCUMENT_COLLAB, ...PARTNERSHIP_COLLAB, ...EVALUATION_COLLAB, ...DEBRIEF_COLLAB_DOCUMENTS];

export const REGISTRY: Entry[] = [...PAGES, ...ROUTE_HANDLERS, ...SERVER_ACTIONS, ...COLLAB_DOCUMENTS];
