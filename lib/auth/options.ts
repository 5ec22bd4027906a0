import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret, env } from '@/lib/env';
import { checkCredentials } from '@/lib/auth/sign-in';
import { revokeSession, sessionGenerationOf } from '@/lib/auth/sessions';
import { safeRedirectTarget } from '@/lib/auth/safe-redirect';
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, resolveOidcSignIn, userIdByEmail } from '@/lib/auth/oidc';

/** Single sign-on through an OpenID Connect provider, when OIDC_* are set (lib/auth/oidc.ts). */
const oidc = oidcSettings();

/** The one address scripts/server.ts leaves in X-Forwarded-For (lib/security/proxy-headers.ts). */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  return (typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined) || 'unknown';
}

/** next-auth configuration: email + password, optional OpenID Connect single sign-on, JWT sessions that expire. */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: env.SESSION_MAX_AGE_HOURS * 3600, updateAge: 3600 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const outcome = await checkCredentials(credentials, clientAddress(req?.headers));
        // Thrown messages reach the client as `error`; "locked" and "storage" (the server could not
        // save: disk full) are shown as clear messages.
        if (!outcome.ok && outcome.reason !== 'invalid') throw new Error(outcome.reason);
        return outcome.ok ? outcome.user : null;
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  events: {
    // A signed-out cookie must not open anything again, even if a copy of it was kept.
    signOut({ token }) {
      if (token) revokeSession(token);
    },
  },
  callbacks: {
    signIn({ user, account }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const outcome = resolveOidcSignIn({
        email: user.email,
        emailVerified: (user as { emailVerified?: boolean }).emailVerified === true,
        name: user.name,
      });
      // Refusals come back to the sign-in page with a reason it explains (sso.* messages).
      return outcome.ok ? true : `/sign-in?error=sso_${outcome.reason}`;
    },
    jwt({ token, user, account }) {
      if (user) {
        token.sub = account?.provider === OIDC_PROVIDER_ID ? (userIdByEmail(user.email) ?? undefined) : user.id;
        // The account's session generation (compared on every request) and this session's own id
        // (revoked at sign-out): lib/auth/session-token.ts.
        token.gen = token.sub ? sessionGenerationOf(token.sub) : 0;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    // Every redirect next-auth makes (after sign-in, single sign-on, sign-out) stays on our origin.
    redirect({ url, baseUrl }) {
      return safeRedirectTarget(url, baseUrl);
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
