import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { saveVersioned } from '@/lib/versioned-save';
import { fieldChanges } from '@/lib/audit/field-changes';
import type { Tx } from '@/db/client';
import { externalActions, memberships, strategyAxes, strategyIndicators, strategyIndicatorValues, users } from '@/db/schema';
import type { StrategyIndicator } from '@/db/schema/strategy';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { indicatorProgress, isoDay, systemClock, type Clock } from './progress';
import { indicatorFormValues } from './schemas';
import type { IndicatorInput, IndicatorValueInput, UpdateIndicatorInput } from './schemas';
import { getAxis, isManager } from './axis-queries';
import { requireAction } from './placement-queries';
import { valueInRange, valueRange } from './status';
import { termViews, type TermView } from './term-queries';
import { assertValueWritable, isReporter } from './round-queries';
import { getInWorkspace } from '@/lib/workspace-rows';
import { deleteInWorkspace } from '@/lib/workspace-row-writes';

// Indicators and their values.

/** Whether the caller may edit this indicator and record its values: managers, or its owner. */
export function canEditIndicator(ctx: MemberContext, indicator: Pick<StrategyIndicator, 'ownerId'>) {
  if (isManager(ctx)) return true;
  return can(ctx.role, 'strategy.indicators.update') && indicator.ownerId === ctx.userId;
}

function getIndicatorRow(tx: Tx, ctx: MemberContext, indicatorId: string) {
  const row = getInWorkspace(tx, strategyIndicators, ctx, indicatorId, 'indicatorNotFound');
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
  return {
    data: { id },
    audit: {
      action: 'strategyIndicator.create',
      entityType: 'strategyIndicator',
      entityId: id,
      changes: { ...values, axisId: input.axisId, actionId: input.actionId },
    },
  };
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
  saveVersioned(tx, strategyIndicators, ctx, { id: before.id, version: input.version }, values, () => ({
    version: before.version,
    values: indicatorFormValues(before),
  }));
  const changes = fieldChanges(before, values);
  return { data: { version: input.version + 1 }, audit: { action: 'strategyIndicator.update', entityType: 'strategyIndicator', entityId: before.id, changes } };
}

export function deleteIndicator(tx: Tx, ctx: MemberContext, input: { indicatorId: string }): MutationOutcome<null> {
  const before = getIndicatorRow(tx, ctx, input.indicatorId);
  deleteInWorkspace(tx, strategyIndicators, ctx, before.id);
  return { data: null, audit: { action: 'strategyIndicator.delete', entityType: 'strategyIndicator', entityId: before.id, changes: { name: before.name } } };
}

/** The indicator if the caller may record its values: its editors, and its reporters in a round (round-queries.ts). */
export function getReportableIndicator(tx: Tx, ctx: MemberContext, indicatorId: string) {
  const row = getIndicatorRow(tx, ctx, indicatorId);
  if (!canEditIndicator(ctx, row) && !isReporter(tx, ctx, row)) throw new Forbidden('indicatorNotYours');
  return row;
}

/** Refuses a value outside the indicator's range, naming the range. */
export function assertValueInRange(indicator: StrategyIndicator, value: number, field = 'value') {
  if (valueInRange(indicator, value)) return;
  const { min, max } = valueRange(indicator);
  throw new Invalid('invalid', { [field]: min !== null && max !== null ? 'valueOutOfRange' : min !== null ? 'valueBelowMin' : 'valueAboveMax' });
}

/**
 * Records an observed value; no date after tomorrow (a figure is observed, not forecast), within
 * the indicator's range and the strategy's term, and not in a year whose round is closed.
 */
export function recordIndicatorValue(
  tx: Tx,
  ctx: MemberContext,
  input: Omit<IndicatorValueInput, 'comment'> & { comment?: string | null },
  clock: Clock = systemClock,
): MutationOutcome<{ id: string }> {
  const indicator = getReportableIndicator(tx, ctx, input.indicatorId);
  const tomorrow = isoDay(new Date(clock().getTime() + 86_400_000));
  if (input.observedOn > tomorrow) throw new Invalid('invalid', { observedOn: 'dateInFuture' });
  assertValueInRange(indicator, input.value);
  assertValueWritable(tx, ctx, input.observedOn);
  const id = crypto.randomUUID();
  tx.insert(strategyIndicatorValues)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      indicatorId: indicator.id,
      observedOn: input.observedOn,
      value: input.value,
      source: input.source,
      comment: input.comment ?? null,
      recordedBy: ctx.userId,
      createdAt: new Date(),
    })
    .run();
  return {
    data: { id },
    audit: {
      action: 'strategyIndicatorValue.create',
      entityType: 'strategyIndicator',
      entityId: indicator.id,
      changes: { observedOn: input.observedOn, value: input.value, source: input.source, comment: input.comment ?? null },
    },
  };
}

export function deleteIndicatorValue(tx: Tx, ctx: MemberContext, input: { valueId: string }): MutationOutcome<null> {
  const row = getInWorkspace(tx, strategyIndicatorValues, ctx, input.valueId, 'valueNotFound');
  getReportableIndicator(tx, ctx, row.indicatorId);
  assertValueWritable(tx, ctx, row.observedOn);
  tx.delete(strategyIndicatorValues).where(eq(strategyIndicatorValues.id, row.id)).run();
  return {
    data: null,
    audit: {
      action: 'strategyIndicatorValue.delete',
      entityType: 'strategyIndicator',
      entityId: row.indicatorId,
      changes: { observedOn: row.observedOn, value: row.value },
    },
  };
}

export type IndicatorView = StrategyIndicator & {
  ownerName: string | null;
  axisTitle: string | null;
  actionTitle: string | null;
  values: { id: string; observedOn: string; value: number; source: string; comment: string | null }[];
  progress: ReturnType<typeof indicatorProgress>;
  term: TermView;
  canEdit: boolean;
};

/** Every indicator of the workspace (or of one axis / action) with its values and progress: two statements. */
export function listIndicators(
  tx: Tx,
  ctx: MemberContext,
  options: { clock?: Clock; axisId?: string; actionId?: string; indicatorId?: string } = {},
): IndicatorView[] {
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
    .select({
      id: strategyIndicatorValues.id,
      indicatorId: strategyIndicatorValues.indicatorId,
      observedOn: strategyIndicatorValues.observedOn,
      value: strategyIndicatorValues.value,
      source: strategyIndicatorValues.source,
      comment: strategyIndicatorValues.comment,
    })
    .from(strategyIndicatorValues)
    .where(
      and(
        eq(strategyIndicatorValues.workspaceId, ctx.workspaceId),
        inArray(
          strategyIndicatorValues.indicatorId,
          rows.map((r) => r.indicator.id),
        ),
      ),
    )
    .orderBy(asc(strategyIndicatorValues.observedOn), asc(strategyIndicatorValues.createdAt))
    .all();
  const byIndicator = new Map<string, IndicatorView['values']>();
  for (const v of values) {
    const list = byIndicator.get(v.indicatorId) ?? [];
    list.push({ id: v.id, observedOn: v.observedOn, value: v.value, source: v.source, comment: v.comment });
    byIndicator.set(v.indicatorId, list);
  }
  const termOf = termViews(
    tx,
    ctx,
    rows.map((r) => r.indicator.id),
  );
  return rows.map(({ indicator, ownerName, axisTitle, actionTitle }) => {
    const list = byIndicator.get(indicator.id) ?? [];
    return {
      ...indicator,
      ownerName,
      axisTitle,
      actionTitle,
      values: list,
      progress: indicatorProgress({ ...indicator, startedOn: isoDay(indicator.createdAt) }, list, today),
      term: termOf(indicator, list),
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
