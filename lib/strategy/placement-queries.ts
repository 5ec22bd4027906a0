import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getColumnsInWorkspace } from '@/lib/workspace-rows';
import type { Tx } from '@/db/client';
import { diagnosticFollowUps, diagnostics, externalActions, strategyActionPlacements, strategyFollowUpAxes, users } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import type { FollowUpAxisInput, PlacementInput, ProposalInput } from './schemas';
import { getAxis } from './axis-queries';

// Placing actions on axes, and diagnostic follow-up items on axes.

export function requireAction(tx: Tx, ctx: MemberContext, actionId: string) {
  return getColumnsInWorkspace(tx, externalActions, { id: externalActions.id, title: externalActions.title }, ctx, actionId, 'actionNotFound');
}

function currentPlacement(tx: Tx, ctx: MemberContext, actionId: string) {
  return (
    tx
      .select()
      .from(strategyActionPlacements)
      .where(and(eq(strategyActionPlacements.actionId, actionId), eq(strategyActionPlacements.workspaceId, ctx.workspaceId)))
      .get() ?? null
  );
}

/** Places an action on an axis, or outside the thread with a reason; clears any pending proposal. */
export function setPlacement(tx: Tx, ctx: MemberContext, input: PlacementInput): MutationOutcome<null> {
  const action = requireAction(tx, ctx, input.actionId);
  const axisId = input.placement === 'outside' ? null : getAxis(tx, ctx, input.placement).id;
  const outsideReason = axisId ? null : input.outsideReason;
  const before = currentPlacement(tx, ctx, action.id);
  const values = { axisId, outsideReason, proposedAxisId: null, proposedBy: null, proposalNote: null, updatedAt: new Date() };
  tx.insert(strategyActionPlacements)
    .values({ actionId: action.id, workspaceId: ctx.workspaceId, ...values })
    .onConflictDoUpdate({ target: strategyActionPlacements.actionId, set: values })
    .run();
  return {
    data: null,
    audit: {
      action: 'strategyPlacement.set',
      entityType: 'externalAction',
      entityId: action.id,
      changes: { axisId: { from: before?.axisId ?? null, to: axisId }, outsideReason: { from: before?.outsideReason ?? null, to: outsideReason } },
    },
  };
}

/** A contributor (or anyone allowed) proposes an axis for an action; an editor accepts it by placing it. */
export function proposePlacement(tx: Tx, ctx: MemberContext, input: ProposalInput): MutationOutcome<null> {
  const action = requireAction(tx, ctx, input.actionId);
  const axis = getAxis(tx, ctx, input.axisId);
  const now = new Date();
  const proposal = { proposedAxisId: axis.id, proposedBy: ctx.userId, proposalNote: input.note, updatedAt: now };
  tx.insert(strategyActionPlacements)
    .values({ actionId: action.id, workspaceId: ctx.workspaceId, axisId: null, outsideReason: null, ...proposal })
    .onConflictDoUpdate({ target: strategyActionPlacements.actionId, set: proposal })
    .run();
  return {
    data: null,
    audit: { action: 'strategyPlacement.propose', entityType: 'externalAction', entityId: action.id, changes: { axisId: axis.id, note: input.note } },
  };
}

/** Every action with where it sits and any pending proposal, for the placements table (one statement). */
export function listPlacements(tx: Tx, ctx: MemberContext) {
  return tx
    .select({
      id: externalActions.id,
      title: externalActions.title,
      status: externalActions.status,
      type: externalActions.type,
      axisId: strategyActionPlacements.axisId,
      outsideReason: strategyActionPlacements.outsideReason,
      proposedAxisId: strategyActionPlacements.proposedAxisId,
      proposalNote: strategyActionPlacements.proposalNote,
      proposedByName: users.name,
    })
    .from(externalActions)
    .leftJoin(strategyActionPlacements, eq(strategyActionPlacements.actionId, externalActions.id))
    .leftJoin(users, eq(users.id, strategyActionPlacements.proposedBy))
    .where(eq(externalActions.workspaceId, ctx.workspaceId))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
}

// Diagnostic follow-up items on axes

/** Attaches a follow-up item to an axis, or detaches it when `axisId` is null. */
export function attachFollowUp(tx: Tx, ctx: MemberContext, input: FollowUpAxisInput): MutationOutcome<null> {
  const columns = { id: diagnosticFollowUps.id, title: diagnosticFollowUps.title };
  const item = getColumnsInWorkspace(tx, diagnosticFollowUps, columns, ctx, input.followUpId, 'followUpNotFound');
  tx.delete(strategyFollowUpAxes)
    .where(and(eq(strategyFollowUpAxes.followUpId, item.id), eq(strategyFollowUpAxes.workspaceId, ctx.workspaceId)))
    .run();
  if (input.axisId) {
    const axis = getAxis(tx, ctx, input.axisId);
    tx.insert(strategyFollowUpAxes).values({ followUpId: item.id, workspaceId: ctx.workspaceId, axisId: axis.id }).run();
  }
  return { data: null, audit: { action: 'strategyFollowUp.attach', entityType: 'diagnostic_follow_up', entityId: item.id, changes: { axisId: input.axisId } } };
}

/** Follow-up items of every diagnostic with the axis each is attached to (null when none). */
export function listFollowUpsWithAxes(tx: Tx, ctx: MemberContext) {
  return tx
    .select({
      id: diagnosticFollowUps.id,
      title: diagnosticFollowUps.title,
      status: diagnosticFollowUps.status,
      ruleKey: diagnosticFollowUps.ruleKey,
      diagnosticId: diagnosticFollowUps.diagnosticId,
      diagnosticTitle: diagnostics.title,
      axisId: strategyFollowUpAxes.axisId,
    })
    .from(diagnosticFollowUps)
    .innerJoin(diagnostics, eq(diagnostics.id, diagnosticFollowUps.diagnosticId))
    .leftJoin(strategyFollowUpAxes, eq(strategyFollowUpAxes.followUpId, diagnosticFollowUps.id))
    .where(eq(diagnosticFollowUps.workspaceId, ctx.workspaceId))
    .orderBy(desc(diagnostics.heldOn), asc(diagnosticFollowUps.createdAt))
    .all();
}
