import 'server-only';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actors, departments, externalActionActors, externalActionDepartments } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/member';
import { Forbidden } from '@/lib/errors';

/**
 * Which actors a caller may edit (the form, the grid, relations), beyond the policy's `actors.update`
 * (docs/decisions/0013-sessions-and-abuse.md): admins and editors edit every actor of the workspace;
 * a contributor edits only what is theirs to keep up — the actors they created, and the actors
 * involved in an external action that one of their departments (they are its point person) takes
 * part in, the same assignment that lets them edit that action. Everyone else edits none.
 */
function assignedToContributor(ctx: MemberContext) {
  const viaActions = sql`${actors.id} in (
    select ${externalActionActors.actorId} from ${externalActionActors}
    join ${externalActionDepartments} on ${externalActionDepartments.actionId} = ${externalActionActors.actionId}
    join ${departments} on ${departments.id} = ${externalActionDepartments.departmentId}
    where ${externalActionActors.workspaceId} = ${ctx.workspaceId} and ${departments.pointPersonUserId} = ${ctx.userId}
  )`;
  return or(eq(actors.createdBy, ctx.userId), viaActions)!;
}

/** True when the caller may edit this actor (see above). */
export function canEditActor(tx: Tx, ctx: MemberContext, actorId: string): boolean {
  if (ctx.role === 'admin' || ctx.role === 'editor') return true;
  if (ctx.role !== 'contributor') return false;
  return !!tx
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.id, actorId), eq(actors.workspaceId, ctx.workspaceId), assignedToContributor(ctx)))
    .get();
}

/** Of these actors, the ones the caller may edit (all of them for admins and editors). */
export function editableActorIds(tx: Tx, ctx: MemberContext, ids: string[]): Set<string> {
  if (ctx.role === 'admin' || ctx.role === 'editor') return new Set(ids);
  if (ctx.role !== 'contributor' || !ids.length) return new Set();
  const rows = tx
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.workspaceId, ctx.workspaceId), inArray(actors.id, ids), assignedToContributor(ctx)))
    .all();
  return new Set(rows.map((r) => r.id));
}

/** Throws Forbidden unless the caller may edit the actor (call after checking that it exists). */
export function assertCanEditActor(tx: Tx, ctx: MemberContext, actorId: string) {
  if (!canEditActor(tx, ctx, actorId)) throw new Forbidden('actorNotAssigned');
}
