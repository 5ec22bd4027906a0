import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actors,
  departments,
  diagnosticFollowUps,
  diagnostics,
  expectedReturns,
  externalActionActors,
  externalActionCompetencies,
  externalActionDepartments,
  externalActions,
  memberships,
  observedReturns,
  strategies,
  strategyActionPlacements,
  strategyAxes,
  strategyCoherenceSnapshots,
  strategyFollowUpAxes,
  strategyIndicators,
  strategyIndicatorValues,
  users,
} from '@/db/schema';
import { RETURN_CATEGORIES } from '@/db/schema/external-actions';
import type { StrategyIndicator } from '@/db/schema/strategy';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import type { Locale } from '@/lib/i18n/config';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { assertSaved } from '@/lib/concurrency';
import { competencyRef } from '@/lib/competencies/schemas';
import { listCompetencies } from '@/lib/competencies/queries';
import { loadAnswers, ruleContext } from '@/lib/diagnostic/queries';
import { evaluateRules, weaknessesOf } from '@/lib/diagnostic/rules';
import { coherenceFigure, fixFirst, runChecks, type CoherenceFacts } from './coherence';
import { indicatorProgress, isoDay, systemClock, type Clock } from './progress';
import { axisFormValues, indicatorFormValues, strategyFormValues } from './schemas';
import type {
  AxisInput,
  FollowUpAxisInput,
  IndicatorInput,
  IndicatorValueInput,
  PlacementInput,
  ProposalInput,
  StrategyInput,
  UpdateAxisInput,
  UpdateIndicatorInput,
} from './schemas';

/** At most this many axes: beyond five, a strategy no longer has a focus. */
export const MAX_AXES = 5;

/** Outer rows' ids in correlated subqueries, always qualified (drizzle leaves them bare in single-table selects). */
const ACTION_ID = sql.raw('"external_actions"."id"');
const AXIS_ID = sql.raw('"strategy_axes"."id"');
const DEPARTMENT_ID = sql.raw('"departments"."id"');

function isManager(ctx: MemberContext) {
  return can(ctx.role, 'strategy.manage');
}

// ---------------------------------------------------------------------------------------------
// The strategy and its axes

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
  const row = tx
    .select()
    .from(strategyAxes)
    .where(and(eq(strategyAxes.id, axisId), eq(strategyAxes.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('axisNotFound');
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
    tx.insert(strategies).values({ id, workspaceId: ctx.workspaceId, ...values, version: 1, updatedBy: ctx.userId, createdAt: now, updatedAt: now }).run();
    return { data: { version: 1 }, audit: { action: 'strategy.create', entityType: 'strategy', entityId: id, changes: values } };
  }
  const result = tx
    .update(strategies)
    .set({ ...values, version: input.version + 1, updatedBy: ctx.userId, updatedAt: now })
    .where(and(eq(strategies.id, before.id), eq(strategies.workspaceId, ctx.workspaceId), eq(strategies.version, input.version)))
    .run();
  assertSaved(result, () => ({ version: before.version, values: strategyFormValues(before) }));
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const old = before[key as keyof typeof values];
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[key] = { from: old, to: value };
  }
  return { data: { version: input.version + 1 }, audit: { action: 'strategy.update', entityType: 'strategy', entityId: before.id, changes } };
}

export function createAxis(tx: Tx, ctx: MemberContext, input: AxisInput): MutationOutcome<{ id: string }> {
  const existing = tx.select({ n: count(), last: sql<number | null>`max(${strategyAxes.position})` }).from(strategyAxes).where(eq(strategyAxes.workspaceId, ctx.workspaceId)).get();
  if ((existing?.n ?? 0) >= MAX_AXES) throw new Invalid('axesMax', { title: 'axesMax' });
  const id = crypto.randomUUID();
  const now = new Date();
  tx.insert(strategyAxes)
    .values({ id, workspaceId: ctx.workspaceId, title: input.title, objectives: input.objectives, position: (existing?.last ?? -1) + 1, createdAt: now, updatedAt: now })
    .run();
  return { data: { id }, audit: { action: 'strategyAxis.create', entityType: 'strategyAxis', entityId: id, changes: { title: input.title, objectives: input.objectives } } };
}

/** Edits an axis if `version` is still the stored one (lib/concurrency.ts). */
export function updateAxis(tx: Tx, ctx: MemberContext, input: UpdateAxisInput): MutationOutcome<{ version: number }> {
  const before = getAxis(tx, ctx, input.axisId);
  const result = tx
    .update(strategyAxes)
    .set({ title: input.title, objectives: input.objectives, version: input.version + 1, updatedAt: new Date() })
    .where(and(eq(strategyAxes.id, before.id), eq(strategyAxes.workspaceId, ctx.workspaceId), eq(strategyAxes.version, input.version)))
    .run();
  assertSaved(result, () => ({ version: before.version, values: axisFormValues(before) }));
  const changes: Record<string, unknown> = {};
  if (before.title !== input.title) changes.title = { from: before.title, to: input.title };
  if (JSON.stringify(before.objectives) !== JSON.stringify(input.objectives)) changes.objectives = { from: before.objectives, to: input.objectives };
  return { data: { version: input.version + 1 }, audit: { action: 'strategyAxis.update', entityType: 'strategyAxis', entityId: before.id, changes } };
}

/** Deletes an axis: its actions go back to "on no axis", its indicators and follow-up links go with it. */
export function deleteAxis(tx: Tx, ctx: MemberContext, input: { axisId: string }): MutationOutcome<null> {
  const before = getAxis(tx, ctx, input.axisId);
  tx.delete(strategyAxes).where(and(eq(strategyAxes.id, before.id), eq(strategyAxes.workspaceId, ctx.workspaceId))).run();
  return { data: null, audit: { action: 'strategyAxis.delete', entityType: 'strategyAxis', entityId: before.id, changes: { title: before.title } } };
}

// ---------------------------------------------------------------------------------------------
// Placing actions

function requireAction(tx: Tx, ctx: MemberContext, actionId: string) {
  const row = tx
    .select({ id: externalActions.id, title: externalActions.title })
    .from(externalActions)
    .where(and(eq(externalActions.id, actionId), eq(externalActions.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('actionNotFound');
  return row;
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
export function placeAction(tx: Tx, ctx: MemberContext, input: PlacementInput): MutationOutcome<null> {
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
  return { data: null, audit: { action: 'strategyPlacement.propose', entityType: 'externalAction', entityId: action.id, changes: { axisId: axis.id, note: input.note } } };
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

// ---------------------------------------------------------------------------------------------
// Diagnostic follow-up items on axes

/** Attaches a follow-up item to an axis, or detaches it when `axisId` is null. */
export function attachFollowUp(tx: Tx, ctx: MemberContext, input: FollowUpAxisInput): MutationOutcome<null> {
  const item = tx
    .select({ id: diagnosticFollowUps.id, title: diagnosticFollowUps.title })
    .from(diagnosticFollowUps)
    .where(and(eq(diagnosticFollowUps.id, input.followUpId), eq(diagnosticFollowUps.workspaceId, ctx.workspaceId)))
    .get();
  if (!item) throw new NotFound('followUpNotFound');
  tx.delete(strategyFollowUpAxes).where(and(eq(strategyFollowUpAxes.followUpId, item.id), eq(strategyFollowUpAxes.workspaceId, ctx.workspaceId))).run();
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

// ---------------------------------------------------------------------------------------------
// Indicators

/** Whether the caller may edit this indicator and record its values: managers, or its owner. */
export function canEditIndicator(ctx: MemberContext, indicator: Pick<StrategyIndicator, 'ownerId'>) {
  if (isManager(ctx)) return true;
  return can(ctx.role, 'strategy.indicators.update') && indicator.ownerId === ctx.userId;
}

function getIndicatorRow(tx: Tx, ctx: MemberContext, indicatorId: string) {
  const row = tx
    .select()
    .from(strategyIndicators)
    .where(and(eq(strategyIndicators.id, indicatorId), eq(strategyIndicators.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('indicatorNotFound');
  return row;
}

function getEditableIndicator(tx: Tx, ctx: MemberContext, indicatorId: string) {
  const row = getIndicatorRow(tx, ctx, indicatorId);
  if (!canEditIndicator(ctx, row)) throw new Forbidden('indicatorNotYours');
  return row;
}

/** An owner must be a member of the workspace who may update indicators (not a reviewer or partner). */
function checkOwner(tx: Tx, ctx: MemberContext, ownerId: string | null) {
  if (!ownerId) return;
  const row = tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, ownerId)))
    .get();
  if (!row || !can(row.role, 'strategy.indicators.update')) throw new Invalid('invalid', { ownerId: 'ownerNotMember' });
}

/** Members who may own an indicator. */
export function listIndicatorOwners(tx: Tx, ctx: MemberContext) {
  return tx
    .select({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), inArray(memberships.role, ['admin', 'editor', 'contributor'])))
    .orderBy(asc(users.name))
    .all();
}

function indicatorValues(input: Omit<IndicatorInput, 'axisId' | 'actionId'> | UpdateIndicatorInput) {
  return {
    name: input.name,
    unit: input.unit,
    baseline: input.baseline,
    target: input.target,
    targetDate: input.targetDate,
    ownerId: input.ownerId,
    frequency: input.frequency,
  };
}

export function createIndicator(tx: Tx, ctx: MemberContext, input: IndicatorInput, clock: Clock = systemClock): MutationOutcome<{ id: string }> {
  if (input.axisId) getAxis(tx, ctx, input.axisId);
  if (input.actionId) requireAction(tx, ctx, input.actionId);
  checkOwner(tx, ctx, input.ownerId);
  const id = crypto.randomUUID();
  const now = clock();
  const values = indicatorValues(input);
  tx.insert(strategyIndicators)
    .values({ id, workspaceId: ctx.workspaceId, axisId: input.axisId, actionId: input.actionId, ...values, createdAt: now, updatedAt: now })
    .run();
  return { data: { id }, audit: { action: 'strategyIndicator.create', entityType: 'strategyIndicator', entityId: id, changes: { ...values, axisId: input.axisId, actionId: input.actionId } } };
}

/**
 * Edits an indicator if `version` is still the stored one (lib/concurrency.ts). Its owner (a
 * contributor) may edit it too, but not hand it to someone else.
 */
export function updateIndicator(tx: Tx, ctx: MemberContext, input: UpdateIndicatorInput): MutationOutcome<{ version: number }> {
  const before = getEditableIndicator(tx, ctx, input.indicatorId);
  if (!isManager(ctx) && input.ownerId !== before.ownerId) throw new Forbidden('ownerChangeForbidden');
  checkOwner(tx, ctx, input.ownerId);
  const values = indicatorValues(input);
  const result = tx
    .update(strategyIndicators)
    .set({ ...values, version: input.version + 1, updatedAt: new Date() })
    .where(and(eq(strategyIndicators.id, before.id), eq(strategyIndicators.workspaceId, ctx.workspaceId), eq(strategyIndicators.version, input.version)))
    .run();
  assertSaved(result, () => ({ version: before.version, values: indicatorFormValues(before) }));
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const old = before[key as keyof typeof values];
    if (old !== value) changes[key] = { from: old, to: value };
  }
  return { data: { version: input.version + 1 }, audit: { action: 'strategyIndicator.update', entityType: 'strategyIndicator', entityId: before.id, changes } };
}

export function deleteIndicator(tx: Tx, ctx: MemberContext, input: { indicatorId: string }): MutationOutcome<null> {
  const before = getIndicatorRow(tx, ctx, input.indicatorId);
  tx.delete(strategyIndicators).where(and(eq(strategyIndicators.id, before.id), eq(strategyIndicators.workspaceId, ctx.workspaceId))).run();
  return { data: null, audit: { action: 'strategyIndicator.delete', entityType: 'strategyIndicator', entityId: before.id, changes: { name: before.name } } };
}

/** Records an observed value; no date after tomorrow (a figure is observed, not forecast). */
export function recordIndicatorValue(tx: Tx, ctx: MemberContext, input: IndicatorValueInput, clock: Clock = systemClock): MutationOutcome<{ id: string }> {
  const indicator = getEditableIndicator(tx, ctx, input.indicatorId);
  const tomorrow = isoDay(new Date(clock().getTime() + 86_400_000));
  if (input.observedOn > tomorrow) throw new Invalid('invalid', { observedOn: 'dateInFuture' });
  const id = crypto.randomUUID();
  tx.insert(strategyIndicatorValues)
    .values({ id, workspaceId: ctx.workspaceId, indicatorId: indicator.id, observedOn: input.observedOn, value: input.value, source: input.source, recordedBy: ctx.userId, createdAt: new Date() })
    .run();
  return {
    data: { id },
    audit: { action: 'strategyIndicatorValue.create', entityType: 'strategyIndicator', entityId: indicator.id, changes: { observedOn: input.observedOn, value: input.value, source: input.source } },
  };
}

export function deleteIndicatorValue(tx: Tx, ctx: MemberContext, input: { valueId: string }): MutationOutcome<null> {
  const row = tx
    .select()
    .from(strategyIndicatorValues)
    .where(and(eq(strategyIndicatorValues.id, input.valueId), eq(strategyIndicatorValues.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('valueNotFound');
  getEditableIndicator(tx, ctx, row.indicatorId);
  tx.delete(strategyIndicatorValues).where(eq(strategyIndicatorValues.id, row.id)).run();
  return {
    data: null,
    audit: { action: 'strategyIndicatorValue.delete', entityType: 'strategyIndicator', entityId: row.indicatorId, changes: { observedOn: row.observedOn, value: row.value } },
  };
}

export type IndicatorView = StrategyIndicator & {
  ownerName: string | null;
  axisTitle: string | null;
  actionTitle: string | null;
  values: { id: string; observedOn: string; value: number; source: string }[];
  progress: ReturnType<typeof indicatorProgress>;
  canEdit: boolean;
};

/** Every indicator of the workspace (or of one axis / action) with its values and progress: two statements. */
export function listIndicators(tx: Tx, ctx: MemberContext, options: { clock?: Clock; axisId?: string; actionId?: string; indicatorId?: string } = {}): IndicatorView[] {
  const today = isoDay((options.clock ?? systemClock)());
  const rows = tx
    .select({ indicator: strategyIndicators, ownerName: users.name, axisTitle: strategyAxes.title, actionTitle: externalActions.title })
    .from(strategyIndicators)
    .leftJoin(users, eq(users.id, strategyIndicators.ownerId))
    .leftJoin(strategyAxes, eq(strategyAxes.id, strategyIndicators.axisId))
    .leftJoin(externalActions, eq(externalActions.id, strategyIndicators.actionId))
    .where(
      and(
        eq(strategyIndicators.workspaceId, ctx.workspaceId),
        options.axisId ? eq(strategyIndicators.axisId, options.axisId) : undefined,
        options.actionId ? eq(strategyIndicators.actionId, options.actionId) : undefined,
        options.indicatorId ? eq(strategyIndicators.id, options.indicatorId) : undefined,
      ),
    )
    .orderBy(asc(strategyAxes.position), asc(strategyIndicators.name))
    .all();
  if (rows.length === 0) return [];
  const values = tx
    .select({ id: strategyIndicatorValues.id, indicatorId: strategyIndicatorValues.indicatorId, observedOn: strategyIndicatorValues.observedOn, value: strategyIndicatorValues.value, source: strategyIndicatorValues.source })
    .from(strategyIndicatorValues)
    .where(and(eq(strategyIndicatorValues.workspaceId, ctx.workspaceId), inArray(strategyIndicatorValues.indicatorId, rows.map((r) => r.indicator.id))))
    .orderBy(asc(strategyIndicatorValues.observedOn), asc(strategyIndicatorValues.createdAt))
    .all();
  const byIndicator = new Map<string, IndicatorView['values']>();
  for (const v of values) {
    const list = byIndicator.get(v.indicatorId) ?? [];
    list.push({ id: v.id, observedOn: v.observedOn, value: v.value, source: v.source });
    byIndicator.set(v.indicatorId, list);
  }
  return rows.map(({ indicator, ownerName, axisTitle, actionTitle }) => {
    const list = byIndicator.get(indicator.id) ?? [];
    return {
      ...indicator,
      ownerName,
      axisTitle,
      actionTitle,
      values: list,
      progress: indicatorProgress({ ...indicator, startedOn: isoDay(indicator.createdAt) }, list, today),
      canEdit: canEditIndicator(ctx, indicator),
    };
  });
}

/** One indicator with its values and progress, or NotFound. */
export function getIndicator(tx: Tx, ctx: MemberContext, indicatorId: string, clock: Clock = systemClock): IndicatorView {
  const found = listIndicators(tx, ctx, { clock, indicatorId })[0];
  if (!found) throw new NotFound('indicatorNotFound');
  return found;
}

// ---------------------------------------------------------------------------------------------
// Coherence

const TERRITORY = RETURN_CATEGORIES.territory as readonly string[];

/** Recommendations of the latest completed diagnostic, each marked taken up when a follow-up item carries it onto an axis (or is done). */
function loadRecommendations(tx: Tx, ctx: MemberContext, locale: Locale): CoherenceFacts['recommendations'] {
  const latest = tx
    .select({ id: diagnostics.id })
    .from(diagnostics)
    .where(and(eq(diagnostics.workspaceId, ctx.workspaceId), eq(diagnostics.status, 'completed')))
    .orderBy(desc(diagnostics.heldOn), desc(diagnostics.createdAt))
    .get();
  if (!latest) return [];
  // Strengths call for no follow-up: only weaknesses become recommendations to take up.
  const findings = weaknessesOf(evaluateRules(loadAnswers(tx, ctx, latest.id).map, ruleContext(tx, ctx)));
  const items = tx
    .select({ ruleKey: diagnosticFollowUps.ruleKey, status: diagnosticFollowUps.status, axisId: strategyFollowUpAxes.axisId })
    .from(diagnosticFollowUps)
    .leftJoin(strategyFollowUpAxes, eq(strategyFollowUpAxes.followUpId, diagnosticFollowUps.id))
    .where(and(eq(diagnosticFollowUps.workspaceId, ctx.workspaceId), eq(diagnosticFollowUps.diagnosticId, latest.id)))
    .all();
  return findings.map((rule) => ({
    ruleKey: rule.key,
    label: rule.recommendation[locale],
    diagnosticId: latest.id,
    takenUp: items.some((i) => i.ruleKey === rule.key && (i.axisId !== null || i.status === 'done')),
  }));
}

/** The facts the coherence checks read, from a fixed number of grouped statements. */
export function loadCoherenceFacts(tx: Tx, ctx: MemberContext, options: { clock?: Clock; locale?: Locale } = {}): CoherenceFacts {
  const ws = ctx.workspaceId;
  const actions = tx
    .select({
      id: externalActions.id,
      title: externalActions.title,
      status: externalActions.status,
      axisId: strategyActionPlacements.axisId,
      outsideReason: strategyActionPlacements.outsideReason,
      competencyCount: sql<number>`(select count(*) from ${externalActionCompetencies} where ${externalActionCompetencies.actionId} = ${ACTION_ID})`,
      unobservedExpected: sql<number>`(select count(*) from ${expectedReturns} e where e.action_id = ${ACTION_ID} and not exists (select 1 from ${observedReturns} o where o.expected_return_id = e.id))`,
    })
    .from(externalActions)
    .leftJoin(strategyActionPlacements, eq(strategyActionPlacements.actionId, externalActions.id))
    .where(eq(externalActions.workspaceId, ws))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
  const axes = listAxes(tx, ctx).map((a) => ({ id: a.id, title: a.title, actionCount: a.actionCount, indicatorCount: a.indicatorCount }));
  const departmentRows = tx
    .select({
      id: departments.id,
      name: departments.name,
      actionCount: sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${DEPARTMENT_ID})`,
    })
    .from(departments)
    .where(eq(departments.workspaceId, ws))
    .orderBy(asc(departments.name))
    .all();
  const territoryList = sql.join(
    TERRITORY.map((c) => sql`${c}`),
    sql`, `,
  );
  const partners = tx
    .select({
      id: actors.id,
      name: actors.name,
      actionCount: sql<number>`count(distinct ${externalActionActors.actionId})`,
      territoryReturnActions: sql<number>`count(distinct case when exists (select 1 from ${expectedReturns} e where e.action_id = ${externalActionActors.actionId} and e.category in (${territoryList})) then ${externalActionActors.actionId} end)`,
    })
    .from(externalActionActors)
    .innerJoin(actors, eq(actors.id, externalActionActors.actorId))
    .where(and(eq(externalActionActors.workspaceId, ws), eq(externalActionActors.role, 'partner')))
    .groupBy(actors.id, actors.name)
    .orderBy(asc(actors.normalizedName))
    .all();
  const indicators = listIndicators(tx, ctx, { clock: options.clock }).map((i) => ({ id: i.id, name: i.name, overdue: i.progress.overdue, dueOn: i.progress.dueOn }));
  return {
    actions,
    axes,
    departments: departmentRows,
    partners,
    recommendations: loadRecommendations(tx, ctx, options.locale ?? 'fr'),
    indicators,
  };
}

/**
 * The checks, the coherence figure (null before the first axis), the three points to fix first,
 * and the day's snapshot to record (null when there is no figure), computed live.
 */
export function getCoherence(tx: Tx, ctx: MemberContext, options: { clock?: Clock; locale?: Locale } = {}) {
  const facts = loadCoherenceFacts(tx, ctx, options);
  const checks = runChecks(facts);
  const figure = coherenceFigure(checks);
  return {
    checks,
    figure,
    fixFirst: fixFirst(checks),
    snapshot: figure.score === null ? null : { score: figure.score, passed: figure.passed, total: figure.total },
    totals: { actions: facts.actions.length, axes: facts.axes.length, indicators: facts.indicators.length },
  };
}

/**
 * Keeps today's coherence figure (one row per day, the latest computation wins), so that the
 * trend can be drawn. Not audited: it records what the page computed, not a person's change.
 */
export function recordCoherenceSnapshot(tx: Tx, ctx: MemberContext, figure: { score: number; passed: number; total: number } | null, clock: Clock = systemClock) {
  // No figure yet (no axis, nothing to check): nothing to draw, and no false 100 % in the trend.
  if (!figure) return;
  const day = isoDay(clock());
  tx.insert(strategyCoherenceSnapshots)
    .values({ workspaceId: ctx.workspaceId, day, ...figure })
    .onConflictDoUpdate({ target: [strategyCoherenceSnapshots.workspaceId, strategyCoherenceSnapshots.day], set: figure })
    .run();
}

/** The last `limit` daily figures, oldest first. */
export function listCoherenceTrend(tx: Tx, ctx: MemberContext, limit = 30) {
  return tx
    .select({ day: strategyCoherenceSnapshots.day, score: strategyCoherenceSnapshots.score })
    .from(strategyCoherenceSnapshots)
    .where(eq(strategyCoherenceSnapshots.workspaceId, ctx.workspaceId))
    .orderBy(desc(strategyCoherenceSnapshots.day))
    .limit(limit)
    .all()
    .reverse();
}

// ---------------------------------------------------------------------------------------------
// The map, and what the strategy document reads

/**
 * The strategy as a tree: vision, then each axis with its actions (status and competencies), then
 * the actions outside the thread and those not placed yet. Four statements.
 */
export function getStrategyMap(tx: Tx, ctx: MemberContext, locale: Locale) {
  const strategy = getStrategy(tx, ctx);
  const axes = listAxes(tx, ctx);
  const actions = listPlacements(tx, ctx);
  const links = tx
    .select({ actionId: externalActionCompetencies.actionId, catalogueKey: externalActionCompetencies.catalogueKey, customId: externalActionCompetencies.customCompetencyId })
    .from(externalActionCompetencies)
    .where(eq(externalActionCompetencies.workspaceId, ctx.workspaceId))
    .all();
  const titles = new Map(listCompetencies(tx, ctx, locale).map((c) => [c.ref, c.title]));
  const competenciesOf = new Map<string, string[]>();
  for (const l of links) {
    const list = competenciesOf.get(l.actionId) ?? [];
    list.push(titles.get(competencyRef(l)) ?? competencyRef(l));
    competenciesOf.set(l.actionId, list);
  }
  const node = (a: (typeof actions)[number]) => ({ id: a.id, title: a.title, status: a.status, competencies: competenciesOf.get(a.id) ?? [], outsideReason: a.outsideReason });
  return {
    strategy,
    axes: axes.map((axis) => ({ ...axis, actions: actions.filter((a) => a.axisId === axis.id).map(node) })),
    outside: actions.filter((a) => !a.axisId && a.outsideReason).map(node),
    unplaced: actions.filter((a) => !a.axisId && !a.outsideReason).map(node),
  };
}

/**
 * What the strategy document's "common thread" and "axes" sections show: the period, vision,
 * thread and principles, and each axis with its objectives, its actions' titles and its
 * indicators (baseline, target, latest value). Plain data, safe to freeze in a version.
 */
export function getStrategyOverview(tx: Tx, ctx: MemberContext, clock: Clock = systemClock) {
  const strategy = getStrategy(tx, ctx);
  const axes = listAxes(tx, ctx);
  const placed = tx
    .select({ axisId: strategyActionPlacements.axisId, title: externalActions.title })
    .from(strategyActionPlacements)
    .innerJoin(externalActions, eq(externalActions.id, strategyActionPlacements.actionId))
    .where(and(eq(strategyActionPlacements.workspaceId, ctx.workspaceId), sql`${strategyActionPlacements.axisId} is not null`))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
  const indicators = listIndicators(tx, ctx, { clock }).filter((i) => i.axisId);
  return {
    thread: strategy
      ? { periodStart: strategy.periodStart, periodEnd: strategy.periodEnd, vision: strategy.vision, thread: strategy.thread, principles: strategy.principles }
      : null,
    axes: axes.map((a) => ({
      title: a.title,
      objectives: a.objectives,
      actions: placed.filter((p) => p.axisId === a.id).map((p) => p.title),
      indicators: indicators
        .filter((i) => i.axisId === a.id)
        .map((i) => ({ name: i.name, unit: i.unit, baseline: i.baseline, target: i.target, targetDate: i.targetDate, latest: i.progress.latest?.value ?? null })),
    })),
  };
}

/** Indicators owned by the caller that are overdue: the reminder shown to them. */
export function listMyOverdueIndicators(tx: Tx, ctx: MemberContext, clock: Clock = systemClock) {
  const mine = tx
    .select({ id: strategyIndicators.id })
    .from(strategyIndicators)
    .where(and(eq(strategyIndicators.workspaceId, ctx.workspaceId), eq(strategyIndicators.ownerId, ctx.userId)))
    .get();
  if (!mine) return [];
  return listIndicators(tx, ctx, { clock }).filter((i) => i.ownerId === ctx.userId && i.progress.overdue);
}

/** Actions on no axis and not set outside (used by the document's empty states and counts). */
export function countUnplacedActions(tx: Tx, ctx: MemberContext) {
  return (
    tx
      .select({ n: count() })
      .from(externalActions)
      .leftJoin(strategyActionPlacements, eq(strategyActionPlacements.actionId, externalActions.id))
      .where(and(eq(externalActions.workspaceId, ctx.workspaceId), isNull(strategyActionPlacements.axisId), isNull(strategyActionPlacements.outsideReason)))
      .get()?.n ?? 0
  );
}
