import fs from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { CollabAccess } from '../lib/security/registry';
import { loadDemoIds } from '../lib/security/demo-ids';

/**
 * HTTP and WebSocket helpers of the security suites (access matrix, sessions and cross-site): no
 * browser, just what a browser would send.
 */

/**
 * Checks the Content-Security-Policy rules every page carries: scripts by nonce only (no
 * 'unsafe-inline'), never framed, no plugins.
 */
export function expectNonceCsp(csp: string) {
  const scriptSrc =
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the context holding the session cookie. */
export async function signedInContext(baseURL: string, email: string, password: string, extraHeaders: Record<string, string> = {}): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: extraHeaders });
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await context.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true', callbackUrl: baseURL },
    headers: { origin: baseURL },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
  const session = (await (await context.get('/api/auth/session')).json()) as { user?: { email?: string } };
  expect(session.user?.email, `session of ${email}`).toBe(email);
  return context;
}

/** The `Cookie` header a context would send. */
export async function cookieHeader(context: APIRequestContext): Promise<string> {
  const { cookies } = await context.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** The production build's server action ids (.next/server/server-reference-manifest.json), by `module#export`. */
export function serverActionIds(): Map<string, { id: string; workers: string[] }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  const ids = new Map<string, { id: string; workers: string[] }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, { id, workers: Object.keys(entry.workers) });
  }
  return ids;
}

/** Calls a server action over HTTP as React does (Next-Action header, JSON arguments). */
export function callServerAction(context: APIRequestContext, url: string, actionId: string, args: unknown[], headers: Record<string, string> = {}) {
  return context.post(url, {
    headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', ...headers },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** The action's result in the RSC answer: the line `1:{…}`; null when there is none (refused before running). */
export function actionResult(body: string): { ok: boolean; code?: string; message?: string } | null {
  const line = body.split('\n').find((l) => l.startsWith('1:'));
  if (!line) return null;
  try {
    const value = JSON.parse(line.slice(2)) as unknown;
    return value && typeof value === 'object' && 'ok' in value ? (value as { ok: boolean; code?: string }) : null;
  } catch {
    return null;
  }
}

/**
 * Submits the demo's public questionnaire (an empty, so invalid, answer) through its server action
 * from `context`, with the given X-Forwarded-For; resolves with the action's result code
 * (`invalid` while under the per-address limit, `forbidden` past it).
 */
export function censusSubmitter(context: APIRequestContext, baseURL: string, databasePath: string) {
  const action = serverActionIds().get('lib/census/actions.ts#submitCensusAction');
  expect(action, 'the census submission is in the build').toBeDefined();
  const demo = loadDemoIds(databasePath);
  return async (forwardedFor: string) => {
    const response = await callServerAction(context, `/q/${demo.censusToken}`, action!.id, [{}], { origin: baseURL, 'x-forwarded-for': forwardedFor });
    return actionResult(await response.text())?.code;
  };
}

/** Opens a real Hocuspocus connection with these cookies and Origin; resolves with what the server granted. */
export function connectCollab(baseURL: string, name: string, cookie: string, origin = baseURL): Promise<CollabAccess> {
  const wsUrl = `${baseURL.replace(/^http/, 'ws')}/collab`;
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  class CookieSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers });
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: CookieSocket, maxAttempts: 1 });
  return new Promise<CollabAccess>((resolve, reject) => {
    const held: { provider?: HocuspocusProvider } = {};
    const finish = (outcome: CollabAccess | null) => {
      clearTimeout(timer);
      held.provider?.destroy();
      socket.destroy();
      if (outcome) resolve(outcome);
      else reject(new Error(`no answer from the collaboration server for ${name}`));
    };
    const timer = setTimeout(() => finish(null), 10_000);
    held.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: new Y.Doc(),
      token: 'cookie',
      onAuthenticated: ({ scope }) => finish(scope === 'read-write' ? 'read-write' : 'read-only'),
      onAuthenticationFailed: () => finish('refused'),
    });
    held.provider.attach();
  });
}
