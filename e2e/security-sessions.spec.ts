import path from 'node:path';
import Database from 'better-sqlite3';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { loadDemoIds } from '../lib/security/demo-ids';
import { DEMO, expect, test } from './fixtures';
import {
  actionResult,
  callServerAction,
  censusSubmitter,
  connectCollab,
  cookieHeader,
  expectNonceCsp,
  serverActionIds,
  signedInContext,
} from './security-http';

/**
 * Headers, session cookies, cross-site requests and rate limits, over HTTP against the production
 * server (no browser). The server trusts X-Forwarded-* here (TRUST_PROXY=1 in playwright.config.ts:
 * the test stands in for the reverse proxy), so each rate-limit test uses an address of its own.
 */

let baseURL = '';
const databasePath = () => path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db');
const contexts: APIRequestContext[] = [];

async function anonymous(headers: Record<string, string> = {}) {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
  contexts.push(context);
  return context;
}

async function signedIn(email: string) {
  const context = await signedInContext(baseURL, email, DEMO.password);
  contexts.push(context);
  return context;
}

/** A row read straight from the server's database (read-only), to prove a refused call changed nothing. */
function readRow<T>(sql: string, ...params: unknown[]): T {
  const sqlite = new Database(databasePath(), { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).get(...params) as T;
  } finally {
    sqlite.close();
  }
}

test.beforeAll(({}, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
});

test.afterAll(async () => {
  for (const context of contexts.splice(0)) await context.dispose();
});

test('headers: nonce CSP without unsafe-inline scripts, frame-ancestors none, nosniff, strict referrer; HSTS only over HTTPS', async () => {
  const http = await anonymous();
  const page = await http.get('/sign-in');
  const csp = page.headers()['content-security-policy'] ?? '';
  expectNonceCsp(csp);
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(page.headers()['x-frame-options']).toBe('DENY');
  expect(page.headers()['strict-transport-security']).toBeUndefined();
  expect(page.headers()['x-powered-by']).toBeUndefined();
  // JSON answers of route handlers are not sniffed either.
  const api = await http.get('/api/auth/csrf');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  // Behind a TLS-terminating proxy: HSTS for two years, and WebSockets over wss.
  const https = await anonymous({ 'x-forwarded-proto': 'https' });
  const secure = await https.get('/sign-in');
  expect(secure.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(secure.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  expect(secure.headers()['content-security-policy']).toMatch(/connect-src 'self' wss:\/\//);
});

test('the session cookie is HttpOnly and SameSite=Lax (Secure over HTTPS: lib/security/session-cookies.test.ts)', async () => {
  const context = await anonymous();
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await context.post('/api/auth/callback/credentials', {
    form: { email: DEMO.accounts.reviewer.email, password: DEMO.password, csrfToken, json: 'true' },
    headers: { origin: baseURL },
    maxRedirects: 0,
  });
  const setCookies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value);
  const session = setCookies.find((c) => c.startsWith('next-auth.session-token='));
  expect(session, 'a session cookie').toBeDefined();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).toMatch(/;\s*Path=\//i);
  expect(session).not.toMatch(/;\s*Secure/i);
  const csrf = setCookies.find((c) => c.startsWith('next-auth.csrf-token='));
  if (csrf) expect(csrf).toMatch(/;\s*HttpOnly/i);
});

test('a cross-site sign-in or sign-out POST is refused and changes nothing', async () => {
  // Sign-in from another site: 403 before next-auth reads it, no session.
  const visitor = await anonymous();
  const { csrfToken } = (await (await visitor.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const forged = await visitor.post('/api/auth/callback/credentials', {
    form: { email: DEMO.accounts.admin.email, password: DEMO.password, csrfToken, json: 'true' },
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ error: 'cross_site' });
  expect(((await (await visitor.get('/api/auth/session')).json()) as { user?: unknown }).user).toBeUndefined();
  // Sign-out forced from another site: refused, the session stays.
  const editor = await signedIn(DEMO.accounts.editor.email);
  const editorCsrf = ((await (await editor.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
  const signOut = await editor.post('/api/auth/signout', {
    form: { csrfToken: editorCsrf, json: 'true' },
    headers: { origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBe(403);
  const session = (await (await editor.get('/api/auth/session')).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(DEMO.accounts.editor.email);
  // The same sign-out from the app itself works.
  const own = await editor.post('/api/auth/signout', {
    form: { csrfToken: editorCsrf, json: 'true' },
    headers: { origin: baseURL, 'sec-fetch-site': 'same-origin' },
    maxRedirects: 0,
  });
  expect(own.status()).toBeLessThan(400);
  expect(((await (await editor.get('/api/auth/session')).json()) as { user?: unknown }).user).toBeUndefined();
});

test('a cross-site server action is refused and changes nothing; the same call from the app goes through', async () => {
  const demo = loadDemoIds(databasePath());
  const action = serverActionIds().get('lib/workspaces/actions.ts#updateWorkspaceProfileAction');
  expect(action, 'the profile action is in the build').toBeDefined();
  const admin = await signedIn(DEMO.accounts.admin.email);
  const before = readRow<{ name: string; updated_at: number }>('select name, updated_at from workspaces where id = ?', demo.workspaceId);
  const input = { name: 'Détourné par un autre site', level: 'departement', country: 'FR', population: 412000, languages: ['fr', 'en', 'es'] };
  const url = `/${demo.workspace}/settings`;
  const forged = await callServerAction(admin, url, action!.id, [demo.workspaceId, input], { origin: 'https://evil.example' });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(actionResult(await forged.text())).toBeNull();
  expect(readRow('select name, updated_at from workspaces where id = ?', demo.workspaceId)).toEqual(before);
  // Proof that the refusal came from the origin, not from the call: same-origin, the same input applies (then put back).
  const own = await callServerAction(admin, url, action!.id, [demo.workspaceId, input], { origin: baseURL });
  expect(actionResult(await own.text())).toMatchObject({ ok: true });
  expect(readRow<{ name: string }>('select name from workspaces where id = ?', demo.workspaceId).name).toBe(input.name);
  const back = await callServerAction(admin, url, action!.id, [demo.workspaceId, { ...input, name: before.name }], { origin: baseURL });
  expect(actionResult(await back.text())).toMatchObject({ ok: true });
});

test('a collaboration connection from another site is refused even with a valid session', async () => {
  const demo = loadDemoIds(databasePath());
  const editor = await signedIn(DEMO.accounts.editor.email);
  const cookie = await cookieHeader(editor);
  const name = `section:${demo.unassignedSection}`;
  expect(await connectCollab(baseURL, name, cookie, 'https://evil.example')).toBe('refused');
  expect(await connectCollab(baseURL, name, cookie)).toBe('read-write');
});

test('sign-in is rate-limited: the sixth failure in a row locks the account, even one that does not exist', async () => {
  // An address of its own, so no other test's sign-in shares the per-address budget.
  const context = await anonymous({ 'x-forwarded-for': '203.0.113.61' });
  const email = `nobody-${Date.now()}@demo.filrouge.eu`;
  const attempt = async () => {
    const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await context.post('/api/auth/callback/credentials', {
      form: { email, password: 'not-the-password', csrfToken, json: 'true' },
      headers: { origin: baseURL },
      maxRedirects: 0,
    });
    const { url } = (await response.json()) as { url: string };
    return new URL(url).searchParams.get('error');
  };
  const errors: (string | null)[] = [];
  for (let i = 0; i < 6; i++) errors.push(await attempt());
  expect(errors.slice(0, 5)).toEqual(Array(5).fill('CredentialsSignin'));
  expect(errors[5]).toBe('locked');
});

test('the public questionnaire is rate-limited per address: the eleventh submission in an hour is refused', async () => {
  const submit = censusSubmitter(await anonymous(), baseURL, databasePath());
  const before = readRow<{ n: number }>('select count(*) as n from census_responses').n;
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < 11; i++) codes.push(await submit('203.0.113.62'));
  // Each one reaches validation (an empty answer is invalid) until the limit; then refused before reading it.
  expect(codes.slice(0, 10)).toEqual(Array(10).fill('invalid'));
  expect(codes[10]).toBe('forbidden');
  // Another address is not affected; nothing was stored.
  expect(await submit('203.0.113.63')).toBe('invalid');
  expect(readRow<{ n: number }>('select count(*) as n from census_responses').n).toBe(before);
});
