import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { authOptions } from '@/lib/auth/options';
import { hashPassword } from '@/lib/auth/password';
import { makeUser } from '@/lib/test/fixtures';

/**
 * The session cookie as next-auth writes it with the app's own options: HttpOnly and SameSite=Lax
 * always, Secure (with the __Secure- / __Host- prefixes) when the public address (NEXTAUTH_URL,
 * which next-auth takes as its origin) is https. The e2e suite checks the plain-HTTP case on the
 * running server; this one signs in through next-auth's real handler with both origins.
 */
// next-auth's framework-free handler (the one its Next.js route calls); not in its package exports.
type Cookie = { name: string; value: string; options: { httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string; expires?: Date | string } };
type AuthHandlerFn = <B>(params: { req: Record<string, unknown>; options: typeof authOptions }) => Promise<{ body?: B; cookies?: Cookie[] }>;
const { AuthHandler } = createRequire(import.meta.url)(path.resolve(__dirname, '../../node_modules/next-auth/core/index.js')) as { AuthHandler: AuthHandlerFn };
async function signIn(origin: string) {
  // next-auth takes its origin from NEXTAUTH_URL (utils/detect-origin), as in production.
  const previous = process.env.NEXTAUTH_URL;
  process.env.NEXTAUTH_URL = origin;
  try {
    return await signInAt(origin);
  } finally {
    if (previous === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = previous;
  }
}

async function signInAt(origin: string) {
  const user = makeUser('Cookie');
  db.update(users)
    .set({ passwordHash: await hashPassword('correct horse battery') })
    .where(eq(users.id, user.id))
    .run();
  const csrf = await AuthHandler<{ csrfToken: string }>({ req: { action: 'csrf', method: 'GET', origin, headers: {}, cookies: {} }, options: authOptions });
  const csrfCookie = csrf.cookies!.find((c) => c.name.endsWith('next-auth.csrf-token'))!;
  const callback = await AuthHandler({
    req: {
      action: 'callback',
      providerId: 'credentials',
      method: 'POST',
      origin,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      cookies: { [csrfCookie.name]: csrfCookie.value },
      body: { email: user.email, password: 'correct horse battery', csrfToken: csrf.body!.csrfToken, json: 'true' },
      query: {},
    },
    options: authOptions,
  });
  const session = callback.cookies?.find((c) => c.name.endsWith('next-auth.session-token'));
  return { csrfCookie, session };
}

describe('session cookies', () => {
  it('over HTTPS: Secure, HttpOnly, SameSite=Lax, with the __Secure- and __Host- prefixes', async () => {
    const { csrfCookie, session } = await signIn('https://filrouge.example.org');
    expect(session, 'a session cookie after a valid sign-in').toBeDefined();
    expect(session!.name).toBe('__Secure-next-auth.session-token');
    expect(session!.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
    expect(csrfCookie.name).toBe('__Host-next-auth.csrf-token');
    expect(csrfCookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true });
  });

  it('over plain HTTP (a local install): HttpOnly and SameSite=Lax, not Secure', async () => {
    const { session } = await signIn('http://localhost:3000');
    expect(session!.name).toBe('next-auth.session-token');
    expect(session!.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(session!.options.secure).toBeFalsy();
  });

  it('a session expires after SESSION_MAX_AGE_HOURS (8 h by default)', async () => {
    const { session } = await signIn('https://filrouge.example.org');
    const expires = new Date(session!.options.expires as Date).getTime();
    expect(Math.round((expires - Date.now()) / 3_600_000)).toBe(8);
  });
});
