import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships, passwordResets, users } from '@/db/schema';
import { authSecret } from '@/lib/auth/secret';
import { makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { createMemberResetLink, endMemberSessions, resetPasswordWithToken } from '@/lib/account/password-queries';
import { eraseOwnAccount } from '@/lib/privacy/queries';
import { endAllSessions, revokeSession, sessionGenerationOf } from './sessions';
import { sessionTokenFromCookies, userIdFromSessionToken } from './session-token';

const seal = (sub: string, maxAge: number, extra: Record<string, unknown> = { gen: 0, sid: crypto.randomUUID() }, secret = authSecret()) =>
  encode({ token: { sub, ...extra }, secret, maxAge });

describe('session tokens', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the person of a token sealed by next-auth, again from memory', async () => {
    const { id } = makeUser('Reader');
    const token = await seal(id, 3600);
    expect(await userIdFromSessionToken(token)).toBe(id);
    expect(await userIdFromSessionToken(token)).toBe(id);
  });

  it('refuses a missing, forged or expired token, and one naming nobody', async () => {
    const { id } = makeUser('Forged');
    expect(await userIdFromSessionToken(null)).toBeNull();
    expect(await userIdFromSessionToken(await seal(id, 3600, { gen: 0 }, 'another-secret-of-sufficient-length-0000'))).toBeNull();
    expect(await userIdFromSessionToken('not.a.token')).toBeNull();
    expect(await userIdFromSessionToken(await seal(id, -60))).toBeNull();
    expect(await userIdFromSessionToken(await seal('no-such-user', 3600))).toBeNull();
  });

  it('stops accepting a remembered token once it expires', async () => {
    const { id } = makeUser('Expiring');
    const token = await seal(id, 60);
    expect(await userIdFromSessionToken(token)).toBe(id);
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

describe('sessions that end (issue 18, point 4)', () => {
  it('a signed-out session is refused at its next request, though its token was remembered; others go on', async () => {
    const { id } = makeUser('Signing out');
    const sid = crypto.randomUUID();
    const token = await seal(id, 8 * 3600, { gen: 0, sid });
    const other = await seal(id, 8 * 3600);
    expect(await userIdFromSessionToken(token)).toBe(id); // now in the decoded-token cache
    revokeSession({ sub: id, sid, exp: Math.floor(Date.now() / 1000) + 8 * 3600 });
    expect(await userIdFromSessionToken(token)).toBeNull();
    expect(await userIdFromSessionToken(other)).toBe(id);
  });

  it('raising the generation ("sign out everywhere", an admin ending sessions) ends every session at once, the cached ones too', async () => {
    const { id } = makeUser('Everywhere');
    const tokens = await Promise.all([seal(id, 3600), seal(id, 3600)]);
    for (const token of tokens) expect(await userIdFromSessionToken(token)).toBe(id);
    const gen = db.transaction((tx) => endAllSessions(tx, id));
    expect(gen).toBe(1);
    for (const token of tokens) expect(await userIdFromSessionToken(token)).toBeNull();
    // A session opened afterwards carries the new generation and works.
    expect(await userIdFromSessionToken(await seal(id, 3600, { gen: sessionGenerationOf(id), sid: 'new' }))).toBe(id);
  });

  it('an admin ends a member’s sessions; an admin of another workspace cannot', async () => {
    const a = makeWorkspace('sessions-a');
    const b = makeWorkspace('sessions-b');
    const token = await seal(a.people.editor.id, 3600);
    expect(() => db.transaction((tx) => endMemberSessions(tx, b.ctx('admin'), { userId: a.people.editor.id }))).toThrow(/memberNotFound/);
    expect(await userIdFromSessionToken(token)).toBe(a.people.editor.id);
    db.transaction((tx) => endMemberSessions(tx, a.ctx('admin'), { userId: a.people.editor.id }));
    expect(await userIdFromSessionToken(token)).toBeNull();
  });

  it('a reset link: only its hash is stored, valid one hour, once; it ends every session', async () => {
    const ws = makeWorkspace('sessions-reset');
    const member = ws.people.contributor;
    const token = await seal(member.id, 3600);
    const t0 = new Date();
    const { data } = db.transaction((tx) => createMemberResetLink(tx, ws.ctx('admin'), { userId: member.id }, t0));
    const secret = data.path.split('/').pop()!;
    expect(JSON.stringify(db.select().from(passwordResets).all())).not.toContain(secret);
    // Expired after an hour.
    expect(() => db.transaction((tx) => resetPasswordWithToken(tx, secret, 'hash-late', new Date(t0.getTime() + 3600_001)))).toThrow(/passwordResetInvalid/);
    db.transaction((tx) => resetPasswordWithToken(tx, secret, 'hash-1', new Date(t0.getTime() + 60_000)));
    expect(db.select().from(users).where(eq(users.id, member.id)).get()!.passwordHash).toBe('hash-1');
    expect(await userIdFromSessionToken(token)).toBeNull();
    // Single use.
    expect(() => db.transaction((tx) => resetPasswordWithToken(tx, secret, 'hash-2', new Date(t0.getTime() + 120_000)))).toThrow(/passwordResetInvalid/);
    expect(db.select().from(users).where(eq(users.id, member.id)).get()!.passwordHash).toBe('hash-1');
  });

  it('a reset link is refused for oneself, for another workspace’s people, and for a member of other workspaces', () => {
    const a = makeWorkspace('reset-a');
    const b = makeWorkspace('reset-b');
    expect(() => db.transaction((tx) => createMemberResetLink(tx, a.ctx('admin'), { userId: a.people.admin.id }))).toThrow(/passwordResetSelf/);
    expect(() => db.transaction((tx) => createMemberResetLink(tx, a.ctx('admin'), { userId: b.people.editor.id }))).toThrow(/memberNotFound/);
    // b's admin adds a's editor to b: a's admin may no longer take over that account.
    db.transaction((tx) =>
      tx.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: b.id, userId: a.people.editor.id, role: 'reviewer', createdAt: new Date() }).run(),
    );
    expect(() => db.transaction((tx) => createMemberResetLink(tx, a.ctx('admin'), { userId: a.people.editor.id }))).toThrow(/passwordResetMemberElsewhere/);
  });

  it('erasure ends the sessions at the next request', async () => {
    const { id } = makeUser('Erased');
    const token = await seal(id, 3600);
    expect(await userIdFromSessionToken(token)).toBe(id);
    db.transaction((tx) => eraseOwnAccount(tx, id));
    expect(await userIdFromSessionToken(token)).toBeNull();
    expect(sessionGenerationOf(id)).toBe(1);
  });
});
