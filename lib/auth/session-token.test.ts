import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authSecret } from '@/lib/auth/secret';
import { sessionTokenFromCookies, userIdFromSessionToken } from './session-token';

const seal = (sub: string, maxAge: number, secret = authSecret()) => encode({ token: { sub }, secret, maxAge });

describe('session tokens', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the person of a token sealed by next-auth, again from memory', async () => {
    const token = await seal('user-1', 3600);
    expect(await userIdFromSessionToken(token)).toBe('user-1');
    expect(await userIdFromSessionToken(token)).toBe('user-1');
  });

  it('refuses a missing, forged or expired token', async () => {
    expect(await userIdFromSessionToken(null)).toBeNull();
    expect(await userIdFromSessionToken(await seal('user-2', 3600, 'another-secret-of-sufficient-length-0000'))).toBeNull();
    expect(await userIdFromSessionToken('not.a.token')).toBeNull();
    expect(await userIdFromSessionToken(await seal('user-3', -60))).toBeNull();
  });

  it('stops accepting a remembered token once it expires', async () => {
    const token = await seal('user-4', 60);
    expect(await userIdFromSessionToken(token)).toBe('user-4');
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    expect(await userIdFromSessionToken(token)).toBeNull();
  });

  it('reads the named cookie only, joining chunks', () => {
    const header = 'a=1; next-auth.session-token.1=def; next-auth.session-token.0=abc; __Secure-next-auth.session-token=sec';
    expect(sessionTokenFromCookies(header, ['next-auth.session-token'])).toBe('abcdef');
    expect(sessionTokenFromCookies(header, ['__Secure-next-auth.session-token'])).toBe('sec');
    expect(sessionTokenFromCookies('a=1', ['next-auth.session-token'])).toBeNull();
  });
});
