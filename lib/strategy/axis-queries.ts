import 'server-only';
import crypto from 'node:crypto';
import { asc, count, eq, sql } from 'drizzle-orm';
import { saveVersioned } from '@/lib/versioned-save';
import { fieldChanges, sameJson } from '@/lib/audit/field-changes';
import type { Tx } from '@/db/client';
import { strategies, strategyActionPlacements, strategyAxes, strategyFollowUpAxes, strategyIndicators } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Conflict, Invalid } from '@/lib/errors';
import { axisFormValues, strategyFormValues } from './schemas';
import type { AxisInput, StrategyInput, UpdateAxisInput } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';
import { deleteInWorkspace } from '@/lib/workspace-row-writes';

// The strategy and its axes.

/** At most this many axes: beyond five, a strategy no longer has a focus. */
export const MAX_AXES = 5;

/** Outer rows' ids in correlated subqueries, always qualified (drizzle leaves them bare in single-table selects). */
export const ACTION_ID = sql.raw('"external_actions"."id"');
const AXIS_ID = sql.raw('"strategy_axes"."id"');
export const DEPARTMENT_ID = sql.raw('"departments"."id"');

export function isManager(ctx: MemberContext) {
  return can(ctx.role, 'strategy.manage');
}

/** The workspace's strategy, or null before anyone wrote it. */
export function getStrategy(tx: Tx, ctx: MemberContext) {
  return tx.select().from(strategies).where(eq(strategies.workspaceId, ctx.workspaceId)).get() ?? null;
}

/** The axes in order, with how many actions, indicators and follow-up items each carries (one statement). */
export function listAxes(tx: Tx, ctx: MemberContext) {
  return tx
    .select({
      id: strategyAxes.id,
      title: strategyAxes.title,
      objectives: strategyAxes.objectives,
      position: strategyAxes.position,
      actionCount: sql<number>`(select count(*) from ${strategyActionPlacements} where ${strategyActionPlacements.axisId} = ${AXIS_ID})`,
      indicatorCount: sql<number>`(select count(*) from ${strategyIndicators} where ${strategyIndicators.axisId} = ${AXIS_ID})`,
      followUpCount: sql<number>`(select count(*) from ${strategyFollowUpAxes} where ${strategyFollowUpAxes.axisId} = ${AXIS_ID})`,
    })
    .from(strategyAxes)
    .where(eq(strategyAxes.workspaceId, ctx.workspaceId))
    .orderBy(asc(strategyAxes.position), asc(strategyAxes.createdAt))
    .all();
}

/** One axis of the caller's workspace, or NotFound. */
export function getAxis(tx: Tx, ctx: MemberContext, axisId: string) {
  const row = getInWorkspace(tx, strategyAxes, ctx, axisId, 'axisNotFound');
  return row;
}

/**
 * Writes the period, vision, thread and principles. The form's `version` must still be the
 * stored one (0 when there is none yet): otherwise nothing is written and the person gets the
 * stored values to merge with (lib/concurrency.ts).
 */
export function saveStrategy(tx: Tx, ctx: MemberContext, input: StrategyInput): MutationOutcome<{ version: number }> {
  const before = getStrategy(tx, ctx);
  const now = new Date();
  const values = { periodStart: input.periodStart, periodEnd: input.periodEnd, vision: input.vision, thread: input.thread, principles: input.principles };
  if (!before) {
    if (input.version !== 0) throw new Conflict('strategyChangedMeanwhile');
    const id = crypto.randomUUID();
    tx.insert(strategies)
      .values({ id, workspaceId: ctx.workspaceId, ...values, version: 1, updatedBy: ctx.userId, createdAt: now, updatedAt: now })
      .run();
    return { data: { version: 1 }, audit: { action: 'strategy.create', entityType: 'strategy', entityId: id, changes: values } };
  }
  const current = () => ({ version: before.version, values: strategyFormValues(before) });
  saveVersioned(tx, strategies, ctx, { id: before.id, version: input.version }, { ...values, updatedBy: ctx.userId }, current, now);
  const changes = fieldChanges(before, values, sameJson);
  return { data: { version: input.version + 1 }, audit: { action: 'strategy.update', entityType: 'strategy', entityId: before.id, changes } };
}

export function createAxis(tx: Tx, ctx: MemberContext, input: AxisInput): MutationOutcome<{ id: string }> {
  const existing = tx
    .select({ n: count(), last: sql<number | null>`max(${strategyAxes.position})` })
    .from(strategyAxes)
    .where(eq(strategyAxes.workspaceId, ctx.workspaceId))
    .get();
  if ((existing?.n ?? 0) >= MAX_AXES) throw new Invalid('axesMax', { title: 'axesMax' });
  const id = crypto.randomUUID();
  const now = new Date();
  tx.insert(strategyAxes)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      title: input.title,
      objectives: input.objectives,
      position: (existing?.last ?? -1) + 1,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return {
    data: { id },
    audit: { action: 'strategyAxis.create', entityType: 'strategyAxis', entityId: id, changes: { title: input.title, objectives: input.objectives } },
  };
}

/** Edits an axis if `version` is still the stored one (lib/concurrency.ts). */
export function updateAxis(tx: Tx, ctx: MemberContext, input: UpdateAxisInput): MutationOutcome<{ version: number }> {
  const before = getAxis(tx, ctx, input.axisId);
  const values = { title: input.title, objectives: input.objectives };
  saveVersioned(tx, strategyAxes, ctx, { id: before.id, version: input.version }, values, () => ({ version: before.version, values: axisFormValues(before) }));
  const changes = fieldChanges(before, values, sameJson);
  return { data: { version: input.version + 1 }, audit: { action: 'strategyAxis.update', entityType: 'strategyAxis', entityId: before.id, changes } };
}

/** Deletes an axis: its actions go back to "on no axis", its indicators and follow-up links go with it. */
export function deleteAxis(tx: Tx, ctx: MemberContext, input: { axisId: string }): MutationOutcome<null> {
  const before = getAxis(tx, ctx, input.axisId);
  deleteInWorkspace(tx, strategyAxes, ctx, before.id);
  return { data: null, audit: { action: 'strategyAxis.delete', entityType: 'strategyAxis', entityId: before.id, changes: { title: before.title } } };
}
