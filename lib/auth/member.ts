import { and, asc, eq, sql } from 'drizzle-orm';
import { preparedQuery, type Db, type Tx } from '@/db/client';
import { memberships, users, workspaces } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import { NotFound } from '@/lib/errors';
import { can, type Permission } from './policy';

// No `server-only` here: the collaboration server (a plain Node process beside Next) loads
// memberships with exactly this code. Re-exported by lib/auth/session.ts.

/** What every workspace query receives first: who asks, in which workspace, with which role. */
export type MemberContext = {
  userId: string;
  workspaceId: string;
  workspaceSlug: string;
  role: Role;
  /** For a partner: the actor record of their own authority (the only actor they may see). */
  actorId: string | null;
};

/**
 * The caller's membership of a workspace, looked up on every request so that a role change
 * applies at once. Throws NotFound when the workspace does not exist or the caller is not a member
 * (so that other workspaces' existence is not revealed).
 */
export function loadMemberContext(userId: string, workspace: { id?: string; slug?: string }): MemberContext {
  const row = workspace.id ? memberById().get({ userId, key: workspace.id }) : memberBySlug().get({ userId, key: workspace.slug ?? '' });
  if (!row) throw new NotFound('workspaceNotFound');
  return { userId, ...row };
}

/** The membership query of every request, built once (db/client.ts preparedQuery): by workspace id or by slug. */
function membershipQuery(database: Db, by: 'id' | 'slug') {
  return database
    .select({ workspaceId: workspaces.id, workspaceSlug: workspaces.slug, role: memberships.role, actorId: memberships.actorId })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, sql.placeholder('userId'))))
    .where(eq(by === 'id' ? workspaces.id : workspaces.slug, sql.placeholder('key')))
    .prepare();
}
const memberById = preparedQuery((database) => membershipQuery(database, 'id'));
const memberBySlug = preparedQuery((database) => membershipQuery(database, 'slug'));

/** The workspace's members whose role may do `permission`, by name: whom a form may name (a reviewer, a writer, a mention). */
export function membersWhoMay(tx: Tx, workspaceId: string, permission: Permission) {
  return tx
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name))
    .all()
    .filter((m) => can(m.role, permission));
}
