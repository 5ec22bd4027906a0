import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { NotFound } from '@/lib/errors';
import { memberships } from '@/db/schema';
import type { Role } from '@/db/enums/workspaces';

/** The role of `userId` in the caller's workspace, or null when they are not a member of it (another workspace's people are not revealed). */
export function workspaceMemberRole(tx: Tx, ctx: { workspaceId: string }, userId: string): Role | null {
  return (
    tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, userId)))
      .get()?.role ?? null
  );
}

/** Throws NotFound unless `userId` is a member of the caller's workspace: an admin's action on one member starts with it. */
export function assertWorkspaceMember(tx: Tx, ctx: { workspaceId: string }, userId: string): void {
  if (!workspaceMemberRole(tx, ctx, userId)) throw new NotFound('memberNotFound');
}
