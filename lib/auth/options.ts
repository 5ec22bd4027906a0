import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { authSecret, env } from '@/lib/env';
import { SignInInput } from '@/lib/auth/schemas';
import { verifyPassword, verifyAgainstDummy } from '@/lib/auth/password';
import { clearSignInFailures, recordSignInFailure, signInLockedUntil } from '@/lib/auth/rate-limit';
import { recordAudit } from '@/lib/audit/queries';
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
        const parsed = SignInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const email = parsed.data.email.toLowerCase();
        const address = clientAddress(req?.headers);
        // Thrown messages reach the client as `error`; "locked" is shown as a clear message.
        if (signInLockedUntil(email, address)) throw new Error('locked');
        const user = db.select().from(users).where(eq(users.email, email)).get();
        const valid = user
          ? await verifyPassword(user.passwordHash, parsed.data.password)
          : (await verifyAgainstDummy(parsed.data.password), false);
        if (!user || !valid) {
          recordSignInFailure(email, address);
          return null;
        }
        clearSignInFailures(email);
        recordAudit(db, { workspaceId: null, userId: user.id }, {
          action: 'user.signIn',
          entityType: 'user',
          entityId: user.id,
        });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
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
      if (user) token.sub = account?.provider === OIDC_PROVIDER_ID ? (userIdByEmail(user.email) ?? undefined) : user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
