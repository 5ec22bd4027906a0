import 'server-only';
import { and, asc, count, eq, gte, lte, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { deleteInWorkspace, updateInWorkspace } from '@/lib/workspace-row-writes';
import { actionMilestones, externalActions, strategyActionPlacements, strategyAxes, type ActionMilestone } from '@/db/schema';
import { MILESTONE_STATUSES, type MilestoneKind, type MilestoneStatus } from '@/db/enums/milestones';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Forbidden, Invalid } from '@/lib/errors';
import { canEditAction, getEditableAction, getExternalAction, visibleActions } from '@/lib/external-actions/access-queries';
import { isoDay, systemClock, type Clock } from '@/lib/strategy/progress';
import { milestoneStatus } from './status';
import type { MilestoneDoneInput, MilestoneInput, UpdateMilestoneInput } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';
import { pickFields } from '@/lib/pick-fields';

/** A milestone as pages show it: with its derived status and its action's title. */
export type MilestoneView = ActionMilestone & { status: MilestoneStatus; actionTitle: string };

const today = (clock: Clock = systemClock) => isoDay(clock());

/** A day of completion may not be after tomorrow (time zones): it records what happened. */
function checkDoneOn(doneOn: string | null, clock: Clock = systemClock) {
  if (doneOn && doneOn > isoDay(new Date(clock().getTime() + 86_400_000))) throw new Invalid('invalid', { doneOn: 'doneInFuture' });
}

/** The milestones of one action the caller may see (NotFound otherwise), by day. */
export function listActionMilestones(tx: Tx, ctx: MemberContext, actionId: string, clock: Clock = systemClock): MilestoneView[] {
  const action = getExternalAction(tx, ctx, actionId);
  const day = today(clock);
  return tx
    .select()
    .from(actionMilestones)
    .where(and(eq(actionMilestones.workspaceId, ctx.workspaceId), eq(actionMilestones.actionId, action.id)))
    .orderBy(asc(actionMilestones.dueOn), asc(actionMilestones.createdAt))
    .all()
    .map((m) => ({ ...m, status: milestoneStatus(m, day), actionTitle: action.title }));
}

/**
 * The milestones of the actions the caller may see whose day (planned or done) falls in
 * [from, to], with whether the caller may edit their action (the person's own due items).
 */
export function listMilestonesInRange(tx: Tx, ctx: MemberContext, from: string, to: string, clock: Clock = systemClock) {
  const day = today(clock);
  const rows = tx
    .select({ milestone: actionMilestones, actionTitle: externalActions.title })
    .from(actionMilestones)
    .innerJoin(externalActions, eq(externalActions.id, actionMilestones.actionId))
    .where(and(eq(actionMilestones.workspaceId, ctx.workspaceId), gte(actionMilestones.dueOn, from), lte(actionMilestones.dueOn, to), ...visibleActions(ctx)))
    .orderBy(asc(actionMilestones.dueOn))
    .limit(2000)
    .all();
  const editable = new Map<string, boolean>();
  return rows.map(({ milestone, actionTitle }) => {
    if (!editable.has(milestone.actionId)) editable.set(milestone.actionId, canEditAction(tx, ctx, milestone.actionId));
    return { ...milestone, actionTitle, status: milestoneStatus(milestone, day), editable: editable.get(milestone.actionId)! };
  });
}

/** Per axis of the common thread (and "no axis"), how many milestones are planned, done and late. Not for partners. */
export function milestonesByAxis(tx: Tx, ctx: MemberContext, clock: Clock = systemClock) {
  if (ctx.role === 'partner') throw new Forbidden();
  const day = today(clock);
  const status = sql<MilestoneStatus>`case when ${actionMilestones.doneOn} is not null then 'done' when ${actionMilestones.dueOn} < ${day} then 'late' else 'planned' end`;
  const rows = tx
    .select({ axisId: strategyAxes.id, axisTitle: strategyAxes.title, position: strategyAxes.position, status, n: count() })
    .from(actionMilestones)
    .leftJoin(strategyActionPlacements, eq(strategyActionPlacements.actionId, actionMilestones.actionId))
    .leftJoin(strategyAxes, eq(strategyAxes.id, strategyActionPlacements.axisId))
    .where(eq(actionMilestones.workspaceId, ctx.workspaceId))
    .groupBy(strategyAxes.id, status)
    .orderBy(asc(strategyAxes.position))
    .all();
  const byAxis = new Map<string, { axisId: string | null; axisTitle: string | null; counts: Record<MilestoneStatus, number> }>();
  for (const r of rows) {
    const key = r.axisId ?? '';
    const entry = byAxis.get(key) ?? {
      axisId: r.axisId,
      axisTitle: r.axisTitle,
      counts: Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, 0])) as Record<MilestoneStatus, number>,
    };
    entry.counts[r.status] += r.n;
    byAxis.set(key, entry);
  }
  // Axes first in their order, "no axis" last.
  return [...byAxis.values()].sort((a, b) => (a.axisId === null ? 1 : 0) - (b.axisId === null ? 1 : 0));
}

function getEditableMilestone(tx: Tx, ctx: MemberContext, id: string) {
  const row = getInWorkspace(tx, actionMilestones, ctx, id, 'milestoneNotFound');
  getEditableAction(tx, ctx, row.actionId);
  return row;
}

const auditChanges = (m: { actionId: string; kind: MilestoneKind; dueOn: string; doneOn: string | null; label: string | null }) =>
  pickFields(m, ['actionId', 'kind', 'label', 'dueOn', 'doneOn']);

/** Records a milestone on an action the caller may edit. */
export function createMilestone(tx: Tx, ctx: MemberContext, input: MilestoneInput, now = new Date()): MutationOutcome<{ id: string }> {
  const action = getEditableAction(tx, ctx, input.actionId);
  checkDoneOn(input.doneOn);
  const id = insertInWorkspace(tx, actionMilestones, ctx, { ...input, actionId: action.id, createdBy: ctx.userId, createdAt: now, updatedAt: now });
  return {
    data: { id },
    audit: { action: 'milestone.create', entityType: 'milestone', entityId: id, changes: auditChanges({ ...input, actionId: action.id }) },
  };
}

export function updateMilestone(tx: Tx, ctx: MemberContext, input: UpdateMilestoneInput, now = new Date()): MutationOutcome<null> {
  const before = getEditableMilestone(tx, ctx, input.id);
  checkDoneOn(input.doneOn);
  const { id, ...fields } = input;
  tx.update(actionMilestones)
    .set({ ...fields, updatedAt: now })
    .where(eq(actionMilestones.id, id))
    .run();
  return {
    data: null,
    audit: {
      action: 'milestone.update',
      entityType: 'milestone',
      entityId: id,
      changes: { from: auditChanges(before), to: auditChanges({ ...fields, actionId: before.actionId }) },
    },
  };
}

export function setMilestoneDone(tx: Tx, ctx: MemberContext, input: MilestoneDoneInput, now = new Date()): MutationOutcome<null> {
  const before = getEditableMilestone(tx, ctx, input.id);
  checkDoneOn(input.doneOn);
  updateInWorkspace(tx, actionMilestones, ctx, before.id, { doneOn: input.doneOn, updatedAt: now });
  return {
    data: null,
    audit: { action: 'milestone.update', entityType: 'milestone', entityId: before.id, changes: { doneOn: { from: before.doneOn, to: input.doneOn } } },
  };
}

export function deleteMilestone(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getEditableMilestone(tx, ctx, input.id);
  deleteInWorkspace(tx, actionMilestones, ctx, before.id);
  return { data: null, audit: { action: 'milestone.delete', entityType: 'milestone', entityId: before.id, changes: auditChanges(before) } };
}
