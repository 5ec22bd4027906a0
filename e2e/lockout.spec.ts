import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { DEMO, expect, test } from './fixtures';

/**
 * Issue 18, point 5, against the production server (the spec's server runs with TRUST_PROXY=1, so
 * the right-most X-Forwarded-For entry is the client's address): five addresses fail five times
 * each on one account; each of them is then refused even with the right password, while the owner,
 * from a sixth address, gets in (after the account's progressive delay, never a lockout).
 */

const OWNER = 'lockout-owner@demo.filrouge.eu';
const contexts: APIRequestContext[] = [];

test.afterAll(async () => {
  for (const context of contexts.splice(0)) await context.dispose();
});

/** An account of its own (the demo password's hash), so that its slowed-down sign-ins delay no other test. */
function createOwner() {
  const db = new Database(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'));
  try {
    db.pragma('busy_timeout = 5000');
    if (db.prepare('select id from users where email = ?').get(OWNER)) return;
    const { password_hash: hash } = db.prepare('select password_hash from users where email = ?').get(DEMO.accounts.editor.email) as { password_hash: string };
    db.prepare('insert into users (id, email, name, password_hash, locale, created_at, session_generation) values (?, ?, ?, ?, ?, ?, 0)').run(
      crypto.randomUUID(),
      OWNER,
      'Propriétaire du compte',
      hash,
      'fr',
      Date.now(),
    );
  } finally {
    db.close();
  }
}

/** A client at `address`: one sign-in attempt through next-auth's credentials endpoint, and what came of it. */
async function client(baseURL: string, address: string) {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address } });
  contexts.push(context);
  return {
    async attempt(password: string): Promise<string> {
      const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const response = await context.post('/api/auth/callback/credentials', {
        form: { email: OWNER, password, csrfToken, json: 'true', callbackUrl: baseURL },
        headers: { origin: baseURL },
        maxRedirects: 0,
        timeout: 60_000,
      });
      const target = ((await response.json().catch(() => ({}))) as { url?: string }).url ?? response.headers().location ?? '';
      const error = new URL(target, baseURL).searchParams.get('error');
      if (error) return error;
      const session = (await (await context.get('/api/auth/session')).json()) as { user?: { email?: string } };
      return session.user?.email === OWNER ? 'signed-in' : `no session (HTTP ${response.status()})`;
    },
  };
}

test('5 addresses × 5 failures: each is locked out, and the owner signs in from a sixth address', async ({ baseURL }) => {
  test.setTimeout(240_000);
  createOwner();
  const attackers = await Promise.all([1, 2, 3, 4, 5].map((n) => client(baseURL!, `203.0.113.${40 + n}`)));
  const failures: string[] = [];
  // The five addresses attack together, one round of guesses at a time.
  for (let round = 0; round < 5; round++) {
    failures.push(...(await Promise.all(attackers.map((a, n) => a.attempt(`wrong-guess-${n}-${round}`)))));
  }
  expect(failures).toEqual(Array(25).fill('CredentialsSignin'));
  // Each attacking address is now refused on this account, the right password included.
  const fromAttackers = await Promise.all(attackers.map((a) => a.attempt(DEMO.password)));
  expect(fromAttackers).toEqual(Array(5).fill('locked'));
  // The owner, from an address that has not failed, gets in: the account slowed down, it is not locked.
  const owner = await client(baseURL!, '198.51.100.66');
  const started = Date.now();
  expect(await owner.attempt(DEMO.password)).toBe('signed-in');
  console.log(
    `[lockout] 5 addresses × 5 failures: 25 refused, then each address locked (5 × "locked" with the right password); the owner from a sixth address signed in after ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});
