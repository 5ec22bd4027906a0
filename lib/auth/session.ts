import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { and, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { sessionCookieName, sessionTokenFromCookies, userIdFromSessionToken } from './session-token';
import { ERASED_PASSWORD_HASH } from '@/lib/privacy/constants';
import { can, type Permission } from './policy';
import { Forbidden, Unauthenticated } from '@/lib/errors';
import { loadMemberContext, type MemberContext } from './member';

export { loadMemberContext, type MemberContext } from './member';

/**
 * The signed-in person, read fresh from the database (so a deleted or erased account is signed out).
 * The session cookie is read as next-auth reads it (its name, its chunks, its sealed JWT, its expiry)
 * without next-auth's session endpoint, which also re-sealed a token on every call.
 */
export const getSessionUser = cache(async () => {
  const token = sessionTokenFromCookies((await headers()).get('cookie'), [sessionCookieName()]);
  const id = await userIdFromSessionToken(token);
  if (!id) return null;
  const user = db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, id), ne(users.passwordHash, ERASED_PASSWORD_HASH)))
    .get();
  return user ?? null;
});

/** The signed-in person or an Unauthenticated error. */
export async function requireUser() {
  const user = await getSessionUser();
  if (!user) throw new Unauthenticated();
  return user;
}

/** Membership of the signed-in person in a workspace (by slug), cached per request. */
export const requireMember = cache(async (slug: string): Promise<MemberContext> => {
  const user = await requireUser();
  return loadMemberContext(user.id, { slug });
});

/** Throws Forbidden unless the context's role has the permission. */
export function authorize(ctx: MemberContext, permission: Permission) {
  if (!can(ctx.role, permission)) throw new Forbidden();
}
