import path from 'node:path';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import {
  COLLAB_DOCUMENTS,
  IDENTITIES,
  PAGES,
  ROUTE_HANDLERS,
  SERVER_ACTIONS,
  expectedAccess,
  type Access,
  type DemoIds,
  type Identity,
} from '../lib/security/registry';
import { loadDemoIds } from '../lib/security/demo-ids';
import { SECURITY_ACCOUNTS } from '../lib/security/identities';
import { DEMO, expect, test } from './fixtures';
import { actionResult, callServerAction, connectCollab, cookieHeader, serverActionIds, signedInContext } from './security-http';

/**
 * The access-control matrix: every page, route handler, server action and collaboration document
 * of lib/security/registry.ts, called over HTTP / WebSocket against the production server as every
 * identity (anonymous, each role of the demo workspace, a partner of another partnership, a member
 * of another workspace), compared with what the policy says. No browser: request contexts carry the
 * session cookie each identity got from next-auth's credentials endpoint.
 * Prints `[access-matrix] …` lines that the README quotes.
 */

const EMAILS: Record<Exclude<Identity, 'anonymous'>, string> = {
  admin: DEMO.accounts.admin.email,
  editor: DEMO.accounts.editor.email,
  contributor: DEMO.accounts.contributor.email,
  reviewer: DEMO.accounts.reviewer.email,
  partner: DEMO.accounts.partner.email,
  otherPartner: SECURITY_ACCOUNTS.otherPartner.email,
  outsider: SECURITY_ACCOUNTS.outsider.email,
};

type Kind = 'pages' | 'route handlers' | 'server actions' | 'collaboration documents';
type Tally = { calls: number; denialsExpected: number; denialsObserved: number; endpoints: number; mismatches: string[] };
const tallies = new Map<Kind, Tally>();
function tally(kind: Kind): Tally {
  if (!tallies.has(kind)) tallies.set(kind, { calls: 0, denialsExpected: 0, denialsObserved: 0, endpoints: 0, mismatches: [] });
  return tallies.get(kind)!;
}
function record(kind: Kind, what: string, identity: Identity, expected: string, observed: string, denied: (o: string) => boolean) {
  const t = tally(kind);
  t.calls += 1;
  if (denied(expected)) t.denialsExpected += 1;
  if (denied(observed)) t.denialsObserved += 1;
  if (expected !== observed) t.mismatches.push(`${what} as ${identity}: expected ${expected}, got ${observed}`);
}
const isDenial = (o: string) => o !== 'allowed' && o !== 'redirect' && o !== 'read-write' && o !== 'read-only';

/** Runs `jobs` with at most `width` at a time (the server has two cores). */
async function pool<T>(jobs: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]!();
      }
    }),
  );
  return results;
}

let baseURL = '';
let demo: DemoIds;
const contexts = new Map<Identity, APIRequestContext>();
const cookieHeaders = new Map<Identity, string>();

test.beforeAll(async ({}, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  demo = loadDemoIds(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'));
  contexts.set('anonymous', await playwrightRequest.newContext({ baseURL }));
  cookieHeaders.set('anonymous', '');
  for (const [identity, email] of Object.entries(EMAILS) as [Identity, string][]) {
    const context = await signedInContext(baseURL, email, DEMO.password);
    contexts.set(identity, context);
    cookieHeaders.set(identity, await cookieHeader(context));
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  // The figures the README's "Security" section quotes (stable format: one line per kind, then the total).
  const kinds = [...tallies.entries()];
  const sum = (key: 'endpoints' | 'calls' | 'denialsExpected' | 'denialsObserved') => kinds.reduce((n, [, t]) => n + t[key], 0);
  for (const [kind, t] of kinds) {
    console.log(
      `[access-matrix] ${kind}: ${t.endpoints} endpoints × ${IDENTITIES.length} identities = ${t.calls} calls; denials expected ${t.denialsExpected}, observed ${t.denialsObserved}; mismatches ${t.mismatches.length}`,
    );
  }
  const mismatches = kinds.reduce((n, [, t]) => n + t.mismatches.length, 0);
  console.log(
    `[access-matrix] total: ${sum('endpoints')} endpoints × ${IDENTITIES.length} identities = ${sum('calls')} calls; denials expected ${sum('denialsExpected')}, observed ${sum('denialsObserved')}; mismatches ${mismatches}`,
  );
});

/** What an HTTP answer means for a page or a route handler. */
function accessOf(status: number, location: string | undefined): Access | string {
  if (status === 200) return 'allowed';
  if (status >= 300 && status < 400) return location && new URL(location, baseURL).pathname.startsWith('/sign-in') ? 'unauthenticated' : 'redirect';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return `HTTP ${status}`;
}

test('pages: every identity gets what the policy says', async () => {
  test.setTimeout(180_000);
  const t = tally('pages');
  t.endpoints = PAGES.length;
  const jobs = PAGES.flatMap((page) =>
    IDENTITIES.map((identity) => async () => {
      const url = page.path(demo);
      const response = await contexts.get(identity)!.get(url, { maxRedirects: 0 });
      record(
        'pages',
        `GET ${url} (${page.route})`,
        identity,
        expectedAccess(page.rule, identity),
        String(accessOf(response.status(), response.headers()['location'])),
        isDenial,
      );
      await response.dispose();
    }),
  );
  await pool(jobs);
  expect(t.mismatches, 'pages whose outcome contradicts lib/security/registry.ts').toEqual([]);
});

test('route handlers: every identity gets what the policy says', async () => {
  test.setTimeout(120_000);
  const t = tally('route handlers');
  const inMatrix = ROUTE_HANDLERS.filter((r) => r.matrix !== false);
  t.endpoints = inMatrix.length;
  const jobs = inMatrix.flatMap((route) =>
    IDENTITIES.map((identity) => async () => {
      const url = route.path(demo);
      const response = await contexts.get(identity)!.fetch(url, { method: route.method, maxRedirects: 0, headers: { origin: baseURL } });
      record(
        'route handlers',
        `${route.method} ${url}`,
        identity,
        expectedAccess(route.rule, identity),
        String(accessOf(response.status(), response.headers()['location'])),
        isDenial,
      );
      await response.dispose();
    }),
  );
  await pool(jobs, 2);
  expect(t.mismatches, 'route handlers whose outcome contradicts lib/security/registry.ts').toEqual([]);
});

/** `app/(app)/[workspace]/settings/page` → the registry's concrete URL of that page. */
function pageUrlOfWorker(worker: string): string | null {
  const route = `/${worker
    .split('/')
    .slice(1, -1)
    .filter((p) => !(p.startsWith('(') && p.endsWith(')')))
    .join('/')}`;
  const page = PAGES.find((p) => p.route === route);
  return page ? page.path(demo) : null;
}

/** An allowed caller reaches validation (the matrix sends an invalid input), so `invalid` means allowed. */
function accessOfAction(result: { ok: boolean; code?: string } | null, status: number): Access | string {
  if (!result) return `HTTP ${status}, no action result`;
  if (result.ok || result.code === 'invalid') return 'allowed';
  return result.code ?? 'unknown';
}

test('server actions over HTTP: every identity gets what the policy says, and nothing changes', async () => {
  test.setTimeout(120_000);
  const t = tally('server actions');
  const ids = serverActionIds();
  const reachable = SERVER_ACTIONS.filter((a) => ids.has(`${a.module}#${a.exportName}`));
  // An export no page imports has no id in the build: it cannot be called over HTTP at all (the
  // Vitest suite lib/auth/action.test.ts calls every workspace action through the wrapper anyway).
  const unreachable = SERVER_ACTIONS.filter((a) => !reachable.includes(a)).map((a) => a.exportName);
  t.endpoints = reachable.length;
  let address = 0;
  const ranForReal: string[] = [];
  const jobs = reachable.flatMap((action) =>
    IDENTITIES.map((identity) => async () => {
      const { id, workers } = ids.get(`${action.module}#${action.exportName}`)!;
      const url = workers.map(pageUrlOfWorker).find((u): u is string => !!u) ?? '/sign-in';
      // The public questionnaire counts submissions per address: each call its own.
      const response = await callServerAction(contexts.get(identity)!, url, id, action.args(demo), {
        origin: baseURL,
        'x-forwarded-for': `198.51.100.${(address++ % 250) + 1}`,
      });
      const result = actionResult(await response.text());
      if (result?.ok) ranForReal.push(`${action.exportName} as ${identity}`);
      const observed = accessOfAction(result, response.status());
      record('server actions', `${action.exportName} (${action.module})`, identity, expectedAccess(action.rule, identity), String(observed), isDenial);
    }),
  );
  await pool(jobs);
  console.log(
    `[access-matrix] server actions not imported by any page (no id in the build, not callable over HTTP): ${unreachable.length} (${unreachable.join(', ')})`,
  );
  expect(t.mismatches, 'server actions whose outcome contradicts lib/security/registry.ts').toEqual([]);
  expect(ranForReal, 'these calls changed data: give the entry args that fail validation (SERVER_ACTIONS in lib/security/registry.ts)').toEqual([]);
});

test('collaboration documents: real Hocuspocus connections get read-write, read-only or refused as the policy says', async () => {
  test.setTimeout(120_000);
  const t = tally('collaboration documents');
  t.endpoints = COLLAB_DOCUMENTS.reduce((n, c) => n + c.documents.length, 0);
  const jobs = COLLAB_DOCUMENTS.flatMap((entry) =>
    entry.documents.flatMap((doc) =>
      IDENTITIES.map((identity) => async () => {
        const name = doc.name(demo);
        const observed = await connectCollab(baseURL, name, cookieHeaders.get(identity)!);
        record('collaboration documents', `${entry.builder}: ${doc.label}`, identity, doc.outcomes[identity], observed, isDenial);
      }),
    ),
  );
  await pool(jobs);
  expect(t.mismatches, 'collaboration documents whose outcome contradicts lib/security/registry.ts').toEqual([]);
});
