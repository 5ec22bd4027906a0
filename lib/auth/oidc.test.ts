import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, invitations, memberships, users } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { createInvitation } from '@/lib/workspaces/queries';
import { eraseOwnAccount } from '@/lib/privacy/queries';
import { oidcProvider, oidcSettings, resolveOidcSignIn, SSO_PASSWORD_HASH, userIdByEmail } from './oidc';

const ENV = { OIDC_ISSUER: 'http://127.0.0.1:9999/', OIDC_CLIENT_ID: 'client', OIDC_CLIENT_SECRET: 'secret' };

describe('OpenID Connect single sign-on', () => {
  it('exists only when issuer, client id and secret are all set', () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ OIDC_ISSUER: ENV.OIDC_ISSUER, OIDC_CLIENT_ID: 'client' })).toBeNull();
    expect(oidcSettings({ ...ENV, OIDC_ISSUER: 'not a url' })).toBeNull();
    const settings = oidcSettings(ENV)!;
    expect(settings.OIDC_NAME).toBe('ProConnect');
    const provider = oidcProvider(settings);
    expect(provider).toMatchObject({
      id: 'oidc',
      type: 'oauth',
      wellKnown: 'http://127.0.0.1:9999/.well-known/openid-configuration',
      idToken: true,
      checks: ['pkce', 'state'],
    });
    expect(provider.profile!({ sub: 's1', email: 'Agent@Example.ORG', email_verified: true, given_name: 'Ada', usual_name: 'Martin' }, {} as never)).toEqual({
      id: 's1',
      email: 'agent@example.org',
      name: 'Ada Martin',
      emailVerified: true,
    });
  });

  it('an invited newcomer gets an account and joins the invitation’s workspace with its role', () => {
    const ws = makeWorkspace('alpha');
    const email = `agent-${Date.now()}@example.org`;
    createInvitation(db, ws.ctx('admin'), { email, role: 'reviewer' });
    const outcome = resolveOidcSignIn({ email: email.toUpperCase(), emailVerified: true, name: 'Agent Public' });
    expect(outcome).toMatchObject({ ok: true, joined: [ws.id] });
    const user = db.select().from(users).where(eq(users.email, email)).get()!;
    expect(user).toMatchObject({ name: 'Agent Public', passwordHash: SSO_PASSWORD_HASH });
    expect(
      db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.userId, user.id), eq(memberships.workspaceId, ws.id)))
        .get(),
    ).toEqual({ role: 'reviewer' });
    expect(db.select().from(invitations).where(eq(invitations.email, email)).get()!.acceptedAt).not.toBeNull();
    expect(
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.userId, user.id), eq(auditLog.action, 'invitation.accept')))
        .get(),
    ).toMatchObject({ workspaceId: ws.id, changes: { via: 'sso' } });
    expect(userIdByEmail(email)).toBe(user.id);
    // A second sign-in finds the same account and joins nothing more.
    expect(resolveOidcSignIn({ email, emailVerified: true })).toEqual({ ok: true, userId: user.id, joined: [] });
  });

  it('refuses an unknown email without invitation, and an unverified email, creating nothing', () => {
    const ws = makeWorkspace('alpha');
    const before = db.select().from(users).all().length;
    expect(resolveOidcSignIn({ email: 'stranger@example.org', emailVerified: true })).toEqual({ ok: false, reason: 'noAccount' });
    const invited = `unverified-${Date.now()}@example.org`;
    createInvitation(db, ws.ctx('admin'), { email: invited, role: 'editor' });
    expect(resolveOidcSignIn({ email: invited, emailVerified: false })).toEqual({ ok: false, reason: 'unverified' });
    expect(resolveOidcSignIn({ email: null, emailVerified: true })).toEqual({ ok: false, reason: 'unverified' });
    expect(db.select().from(users).all().length).toBe(before);
    expect(db.select().from(invitations).where(eq(invitations.email, invited)).get()!.acceptedAt).toBeNull();
  });

  it('an existing account signs in by its verified email; an erased one does not', () => {
    const ws = makeWorkspace('alpha');
    const other = makeWorkspace('bravo');
    const editor = ws.people.editor;
    createInvitation(db, other.ctx('admin'), { email: editor.email, role: 'contributor' });
    expect(resolveOidcSignIn({ email: editor.email, emailVerified: true })).toEqual({ ok: true, userId: editor.id, joined: [other.id] });
    db.transaction((tx) => eraseOwnAccount(tx, ws.people.reviewer.id));
    expect(userIdByEmail(ws.people.reviewer.email)).toBeNull();
    expect(resolveOidcSignIn({ email: ws.people.reviewer.email, emailVerified: true })).toEqual({ ok: false, reason: 'noAccount' });
  });
});
