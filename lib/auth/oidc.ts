import 'server-only';
import crypto from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { z } from 'zod';
import { db } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/queries';
import { ERASED_PASSWORD_HASH } from '@/lib/privacy/constants';
import { joinInvitation } from '@/lib/workspaces/queries';

/**
 * Optional single sign-on through an OpenID Connect provider (ProConnect for French public agents,
 * or any OIDC identity provider an authority runs). Configured by environment variables; when
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are not all set, nothing of it exists.
 *
 * Who gets in (decided here, documented in the README):
 * - the provider must assert a verified email (`email_verified`), or sign-in is refused;
 * - an existing account with that email signs in (its password, if any, keeps working too);
 * - an unknown email with pending invitations gets an account and joins every invited workspace
 *   with the invitation's role (lib/workspaces/queries joinInvitation, as the invitation link does);
 * - an unknown email without an invitation is refused with a clear message: no account is created,
 *   so a provider shared by many organisations does not fill Fil rouge with strangers.
 */

/** The provider id in next-auth (callback URL: /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = 'oidc';

/** Stored instead of a password hash for accounts created by single sign-on: no password verifies. */
export const SSO_PASSWORD_HASH = '!sso';

const OidcEnv = z.object({
  OIDC_ISSUER: z.string().url(),
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_NAME: z.string().min(1).max(60).default('ProConnect'),
  OIDC_SCOPE: z.string().default('openid email profile'),
});

export type OidcSettings = z.infer<typeof OidcEnv>;

/** The provider's settings, or null when single sign-on is not configured (or misconfigured). */
export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const parsed = OidcEnv.safeParse({ ...env, OIDC_NAME: env.OIDC_NAME || undefined, OIDC_SCOPE: env.OIDC_SCOPE || undefined });
  if (!parsed.success) {
    console.error('[fil-rouge] OIDC_* variables are invalid: single sign-on is disabled', parsed.error.issues);
    return null;
  }
  return parsed.data;
}

type OidcProfile = {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  given_name?: string;
  family_name?: string;
  usual_name?: string;
};

/** The next-auth provider: authorization code flow with PKCE and state, identity from the ID token. */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  const issuer = settings.OIDC_ISSUER.replace(/\/$/, '');
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.OIDC_NAME,
    type: 'oauth',
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: settings.OIDC_CLIENT_ID,
    clientSecret: settings.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: settings.OIDC_SCOPE } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile(profile) {
      const name = profile.name ?? ([profile.given_name, profile.usual_name ?? profile.family_name].filter(Boolean).join(' ') || null);
      return {
        id: profile.sub,
        email: profile.email?.toLowerCase() ?? null,
        name,
        emailVerified: profile.email_verified === true || profile.email_verified === 'true',
      };
    },
  };
}

export type OidcOutcome = { ok: true; userId: string; joined: string[] } | { ok: false; reason: 'unverified' | 'noAccount' | 'erased' };

/**
 * Decides who a provider's identity is in Fil rouge (see the module comment), creating the account
 * and joining invited workspaces in one transaction for an invited newcomer.
 */
export function resolveOidcSignIn(identity: { email: string | null | undefined; emailVerified: boolean; name?: string | null }, now = new Date()): OidcOutcome {
  const email = identity.email?.trim().toLowerCase();
  if (!email || !identity.emailVerified) return { ok: false, reason: 'unverified' };
  return db.transaction((tx) => {
    const existing = tx.select().from(users).where(eq(users.email, email)).get();
    if (existing?.passwordHash === ERASED_PASSWORD_HASH) return { ok: false as const, reason: 'erased' as const };
    const pending = tx
      .select({ id: invitations.id, workspaceId: invitations.workspaceId, email: invitations.email, role: invitations.role })
      .from(invitations)
      .where(and(eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
      .all();
    if (!existing && !pending.length) return { ok: false as const, reason: 'noAccount' as const };
    let userId = existing?.id;
    if (!userId) {
      userId = crypto.randomUUID();
      const name = identity.name?.trim().slice(0, 120) || email.split('@')[0]!;
      tx.insert(users).values({ id: userId, email, name, passwordHash: SSO_PASSWORD_HASH, locale: 'fr', createdAt: now }).run();
    }
    // Pending invitations to this verified email are accepted now, existing account or not.
    for (const inv of pending) joinInvitation(tx, inv, userId, now, 'sso');
    recordAudit(
      tx,
      { workspaceId: null, userId },
      {
        action: 'user.signIn',
        entityType: 'user',
        entityId: userId,
        changes: { method: 'oidc', accountCreated: !existing, invitationsAccepted: pending.length },
      },
    );
    return { ok: true as const, userId, joined: pending.map((p) => p.workspaceId) };
  });
}

/** The account id of a (non-erased) email, for the session token after a provider sign-in. */
export function userIdByEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const row = db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email.toLowerCase())).get();
  return row && row.passwordHash !== ERASED_PASSWORD_HASH ? row.id : null;
}
