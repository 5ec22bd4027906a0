import 'server-only';
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { departments, externalActionActors, externalActionDepartments, externalActions } from '@/db/schema';
import type { ExternalAction } from '@/db/schema/external-actions';
import type { MemberContext } from '@/lib/auth/session';
import { Forbidden } from '@/lib/errors';
import { getVisibleRow, visibleToMember } from '@/lib/partner-visibility';

// Who sees and edits which action.

/**
 * The rows a member may see: their workspace's actions, and for a partner only those where their
 * own authority (MemberContext.actorId) is a partner.
 */
export function visibleActions(ctx: MemberContext): SQL[] {
  return visibleToMember(
    ctx,
    eq(externalActions.workspaceId, ctx.workspaceId),
    (actorId) =>
      sql`exists (select 1 from ${externalActionActors} where ${externalActionActors.actionId} = ${ACTION_ID} and ${externalActionActors.actorId} = ${actorId} and ${externalActionActors.role} = 'partner')`,
  );
}

/** One action the caller may see; NotFound otherwise (also for a partner's unshared action). */
export function getExternalAction(tx: Tx, ctx: MemberContext, id: string): ExternalAction {
  return getVisibleRow(tx, externalActions, visibleActions(ctx), id, 'actionNotFound');
}

/**
 * True when the caller may edit the action: editors and admins always; a contributor when one of
 * the departments whose point person they are takes part in it.
 */
export function canEditAction(tx: Tx, ctx: MemberContext, actionId: string): boolean {
  if (ctx.role === 'admin' || ctx.role === 'editor') return true;
  if (ctx.role !== 'contributor') return false;
  const row = tx
    .select({ n: count() })
    .from(externalActionDepartments)
    .innerJoin(departments, eq(departments.id, externalActionDepartments.departmentId))
    .where(
      and(
        eq(externalActionDepartments.workspaceId, ctx.workspaceId),
        eq(externalActionDepartments.actionId, actionId),
        eq(departments.pointPersonUserId, ctx.userId),
      ),
    )
    .get();
  return (row?.n ?? 0) > 0;
}

/** The action, if the caller may edit it: NotFound when they cannot see it, Forbidden when they only read it. */
export function getEditableAction(tx: Tx, ctx: MemberContext, id: string): ExternalAction {
  const action = getExternalAction(tx, ctx, id);
  if (!canEditAction(tx, ctx, id)) throw new Forbidden('actionNotYours');
  return action;
}

/**
 * The outer row's id in correlated subqueries, always qualified: drizzle leaves columns
 * unqualified in single-table selects, where "id" would name the subquery's own column.
 */
export const ACTION_ID = sql.raw('"external_actions"."id"');
export const EXPECTED_ID = sql.raw('"expected_returns"."id"');
export const DEPARTMENT_ID = sql.raw('"departments"."id"');
