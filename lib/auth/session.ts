import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships, users, workspaces } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import { authOptions } from './options';
import { can, type Permission } from './policy';
import { Forbidden, NotFound, Unauthenticated } from '@/lib/errors';

/** What every workspace query receives first: who asks, in which workspace, with which role. */
export type MemberContext = {
  userId: string;
  workspaceId: string;
  workspaceSlug: string;
  role: Role;
  /** For a partner: the actor record of their own authority (the only actor they may see). */
  actorId: string | null;
};

/** The signed-in person, read fresh from the database (so a deleted account is signed out). */
export const getSessionUser = cache(async () => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, id))
    .get();
  return user ?? null;
});

/** The signed-in person or an Unauthenticated error. */
export async function requireUser() {
  const user = await getSessionUser();
  if (!user) throw new Unauthenticated();
  return user;
}

/**
 * The caller's membership of a workspace, looked up on every request so that a role change
 * applies at once. Throws NotFound when the workspace does not exist or the caller is not a member
 * (so that other workspaces' existence is not revealed).
 */
export function loadMemberContext(userId: string, workspace: { id?: string; slug?: string }): MemberContext {
  const where = workspace.id ? eq(workspaces.id, workspace.id) : eq(workspaces.slug, workspace.slug ?? '');
  const row = db
    .select({ workspaceId: workspaces.id, workspaceSlug: workspaces.slug, role: memberships.role, actorId: memberships.actorId })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(where)
    .get();
  if (!row) throw new NotFound('workspaceNotFound');
  return { userId, ...row };
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
