import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { sessionCookieName, sessionTokenFromCookies, sessionUserFromToken } from './session-token';
import { can, type Permission } from './policy';
import { Forbidden, Unauthenticated } from '@/lib/errors';
import { loadMemberContext, type MemberContext } from './member';

export { loadMemberContext, type MemberContext } from './member';

/**
 * The signed-in person, read fresh from the database on every request (so an erased account, a raised
 * session generation or a signed-out session is refused at once: lib/auth/session-token.ts).
 * The session cookie is read as next-auth reads it (its name, its chunks, its sealed JWT, its expiry)
 * without next-auth's session endpoint, which also re-sealed a token on every call.
 */
export const getSessionUser = cache(async () => {
  // Read through cookies(), not the raw Cookie header: after a server action re-seals the session
  // (a password change raises the generation), the page it re-renders must see the new cookie.
  const jar = await cookies();
  const token = sessionTokenFromCookies(
    jar
      .getAll()
      .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
      .join('; '),
    [sessionCookieName()],
  );
  return sessionUserFromToken(token);
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
