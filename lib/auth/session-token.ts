import { decode } from 'next-auth/jwt';
import { authSecret } from '@/lib/auth/secret';

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

/**
 * Tokens already decrypted, with their subject and expiry: a token is the same sealed value on every
 * request of a session, and decrypting it (key derivation + AES-GCM) cost about a millisecond per
 * request. Only tokens that decrypted with our secret enter; the oldest leave first.
 */
const decoded = new Map<string, { sub: string | null; expiresAt: number }>();
const DECODED_MAX = 1000;

/** The person a session token names, or null when it is missing, forged or expired. */
export async function userIdFromSessionToken(token: string | null): Promise<string | null> {
  if (!token) return null;
  const known = decoded.get(token);
  if (known) {
    if (known.expiresAt > Date.now()) return known.sub;
    decoded.delete(token);
    return null;
  }
  try {
    const payload = await decode({ token, secret: authSecret() });
    if (!payload) return null;
    const sub = typeof payload.sub === 'string' ? payload.sub : null;
    // next-auth always sets `exp`; a token without one is not kept.
    if (typeof payload.exp === 'number') {
      if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
      decoded.set(token, { sub, expiresAt: payload.exp * 1000 });
    }
    return sub;
  } catch {
    return null;
  }
}
