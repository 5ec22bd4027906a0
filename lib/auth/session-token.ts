import { decode } from 'next-auth/jwt';
import { and, eq, ne, notExists, sql } from 'drizzle-orm';
import { preparedQuery, type Db } from '@/db/client';
import { revokedSessions, users } from '@/db/schema';
import { authSecret } from '@/lib/auth/secret';
import { ERASED_PASSWORD_HASH } from '@/lib/privacy/constants';

// No `server-only`: the collaboration server (scripts/server.ts, beside Next) reads sessions too.

/** The cookies next-auth v4 writes (the secure name over HTTPS); a large token is split in `.0`, `.1`… */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

/** The one name next-auth itself reads: the secure one when the site is served over HTTPS (NEXTAUTH_URL). */
export function sessionCookieName(): (typeof SESSION_COOKIES)[number] {
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https://') ? SESSION_COOKIES[0] : SESSION_COOKIES[1];
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

/** The raw session token carried by a request's cookies, joining next-auth's chunks when split. */
export function sessionTokenFromCookies(header: string | null, names: readonly string[] = SESSION_COOKIES): string | null {
  const cookies = parseCookies(header);
  for (const name of names) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks = [...cookies.entries()]
      .filter(([key]) => key.startsWith(`${name}.`))
      .sort(([a], [b]) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
    if (chunks.length) return chunks.map(([, value]) => value).join('');
  }
  return null;
}

/** What a session token says: its person, the account's session generation at sign-in, its own id, its expiry. */
export type SessionClaims = { sub: string; gen: number; sid: string | null; expiresAt: number };

/**
 * Tokens already decrypted, with their claims: a token is the same sealed value on every request of
 * a session, and decrypting it (key derivation + AES-GCM) cost about a millisecond per request. Only
 * tokens that decrypted with our secret enter; the oldest leave first. The cache holds what the
 * token says, never whether it is still valid: `sessionUserFromToken` asks the database each time.
 */
const decoded = new Map<string, SessionClaims | null>();
const DECODED_MAX = 1000;

/** The claims of a sealed session token, or null when it is missing, forged, expired or incomplete. */
export async function sessionClaimsFromToken(token: string | null): Promise<SessionClaims | null> {
  if (!token) return null;
  if (decoded.has(token)) {
    const known = decoded.get(token)!;
    if (known && known.expiresAt > Date.now()) return known;
    decoded.delete(token);
    return null;
  }
  try {
    const payload = await decode({ token, secret: authSecret() });
    // next-auth always sets `exp`; a token without one, or without a person, is not a session.
    if (!payload || typeof payload.exp !== 'number' || typeof payload.sub !== 'string') return null;
    const claims: SessionClaims = {
      sub: payload.sub,
      // Tokens sealed before generations existed carry none: they stand for generation 0.
      gen: typeof payload.gen === 'number' ? payload.gen : 0,
      sid: typeof payload.sid === 'string' ? payload.sid : null,
      expiresAt: payload.exp * 1000,
    };
    if (claims.expiresAt <= Date.now()) return null;
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, claims);
    return claims;
  } catch {
    return null;
  }
}

function sessionUserQuery(database: Db, withSession: boolean) {
  return database
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.id, sql.placeholder('id')),
        eq(users.sessionGeneration, sql.placeholder('gen')),
        ne(users.passwordHash, ERASED_PASSWORD_HASH),
        withSession
          ? notExists(
              database
                .select({ sid: revokedSessions.sid })
                .from(revokedSessions)
                .where(eq(revokedSessions.sid, sql.placeholder('sid'))),
            )
          : undefined,
      ),
    )
    .prepare();
}
const sessionUser = preparedQuery((database) => sessionUserQuery(database, false));
const sessionUserWithSession = preparedQuery((database) => sessionUserQuery(database, true));

/**
 * The signed-in person a token names, checked in the database on every call (one indexed query):
 * the account exists and is not erased, its session generation is still the token's (a password
 * change, reset, "sign out everywhere" or an admin's "end sessions" raised it), and this session
 * was not signed out (revoked_sessions).
 */
export async function sessionUserFromToken(token: string | null) {
  const claims = await sessionClaimsFromToken(token);
  if (!claims) return null;
  const user = (claims.sid ? sessionUserWithSession() : sessionUser()).get({ id: claims.sub, gen: claims.gen, sid: claims.sid ?? '' });
  return user ?? null;
}

/** The person a session token names, or null when it is missing, forged, expired or no longer valid (see sessionUserFromToken). */
export async function userIdFromSessionToken(token: string | null): Promise<string | null> {
  return (await sessionUserFromToken(token))?.id ?? null;
}
