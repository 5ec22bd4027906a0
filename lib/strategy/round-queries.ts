import 'server-only';
import crypto from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { departments, externalActionDepartments, externalActions, reportingRounds, strategyIndicators, strategyIndicatorValues, users } from '@/db/schema';
import type { ReportingRound } from '@/db/schema/indicator-rounds';
import type { StrategyIndicator } from '@/db/schema/strategy';
import type { MemberContext } from '@/lib/auth/member';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Conflict, Invalid } from '@/lib/errors';
import { getTerm } from './term-queries';
import type { OpenRoundInput } from './term-schemas';
import { getInWorkspace } from '@/lib/workspace-rows';

// The yearly reporting round (issue 21, point 2): opened by an admin with a due day, it asks every
// indicator's reporters for the year's value; once closed, that year's values are locked.

type IndicatorRow = Pick<StrategyIndicator, 'id' | 'name' | 'ownerId' | 'actionId'>;

/**
 * Who reports each indicator: its owner; for an action's indicator, the action's referent (the
 * member who recorded it) and the point persons of the departments taking part in it.
 */
export function reportersOf(tx: Tx, ctx: MemberContext, indicators: readonly IndicatorRow[]): Map<string, Set<string>> {
  const actionIds = [...new Set(indicators.map((i) => i.actionId).filter((a): a is string => !!a))];
  const byAction = new Map<string, Set<string>>();
  const add = (actionId: string, userId: string | null) => {
    if (!userId) return;
    const set = byAction.get(actionId) ?? new Set<string>();
    set.add(userId);
    byAction.set(actionId, set);
  };
  if (actionIds.length) {
    const referents = tx
      .select({ id: externalActions.id, createdBy: externalActions.createdBy })
      .from(externalActions)
      .where(and(eq(externalActions.workspaceId, ctx.workspaceId), inArray(externalActions.id, actionIds)))
      .all();
    for (const r of referents) add(r.id, r.createdBy);
    const pointPersons = tx
      .select({ actionId: externalActionDepartments.actionId, userId: departments.pointPersonUserId })
      .from(externalActionDepartments)
      .innerJoin(departments, eq(departments.id, externalActionDepartments.departmentId))
      .where(and(eq(externalActionDepartments.workspaceId, ctx.workspaceId), inArray(externalActionDepartments.actionId, actionIds)))
      .all();
    for (const p of pointPersons) add(p.actionId, p.userId);
  }
  const out = new Map<string, Set<string>>();
  for (const i of indicators) {
    const set = new Set<string>(i.actionId ? (byAction.get(i.actionId) ?? []) : []);
    if (i.ownerId) set.add(i.ownerId);
    out.set(i.id, set);
  }
  return out;
}

/** True when the caller reports this indicator (and their role may record values at all). */
export function isReporter(tx: Tx, ctx: MemberContext, indicator: IndicatorRow): boolean {
  return can(ctx.role, 'strategy.indicators.update') && !!reportersOf(tx, ctx, [indicator]).get(indicator.id)?.has(ctx.userId);
}

function roundOfYear(tx: Tx, ctx: MemberContext, year: number) {
  return tx
    .select()
    .from(reportingRounds)
    .where(and(eq(reportingRounds.workspaceId, ctx.workspaceId), eq(reportingRounds.year, year)))
    .get();
}

/**
 * Refuses a value that may not be written: a year outside the strategy's term, or a year whose
 * round is closed (its values are locked).
 */
export function assertValueWritable(tx: Tx, ctx: MemberContext, observedOn: string) {
  const year = Number(observedOn.slice(0, 4));
  const term = getTerm(tx, ctx);
  if (term && (year < term.start || year > term.end)) throw new Invalid('invalid', { observedOn: 'yearOutsideTerm' });
  if (roundOfYear(tx, ctx, year)?.status === 'closed') throw new Conflict('roundClosed');
}

/** A round of this workspace, or NotFound. */
export function getRound(tx: Tx, ctx: MemberContext, roundId: string): ReportingRound {
  const row = getInWorkspace(tx, reportingRounds, ctx, roundId, 'roundNotFound');
  return row;
}

/** The workspace's indicator values observed in `year`. */
export const valuesOfYear = (ctx: MemberContext, year: number) =>
  and(
    eq(strategyIndicatorValues.workspaceId, ctx.workspaceId),
    gte(strategyIndicatorValues.observedOn, `${year}-01-01`),
    lte(strategyIndicatorValues.observedOn, `${year}-12-31`),
  );

export type RoundItem = { indicatorId: string; name: string; unit: string; entered: boolean; reporters: string[] };
export type RoundView = ReportingRound & { items: RoundItem[]; entered: number; total: number };

/** A round with each indicator, whether the year has a value, and who reports it. */
export function roundView(tx: Tx, ctx: MemberContext, round: ReportingRound): RoundView {
  const indicators = tx
    .select({
      id: strategyIndicators.id,
      name: strategyIndicators.name,
      unit: strategyIndicators.unit,
      ownerId: strategyIndicators.ownerId,
      actionId: strategyIndicators.actionId,
    })
    .from(strategyIndicators)
    .where(eq(strategyIndicators.workspaceId, ctx.workspaceId))
    .orderBy(asc(strategyIndicators.name))
    .all();
  const withValue = new Set(
    tx
      .selectDistinct({ id: strategyIndicatorValues.indicatorId })
      .from(strategyIndicatorValues)
      .where(valuesOfYear(ctx, round.year))
      .all()
      .map((r) => r.id),
  );
  const reporters = reportersOf(tx, ctx, indicators);
  const items = indicators.map((i) => ({
    indicatorId: i.id,
    name: i.name,
    unit: i.unit,
    entered: withValue.has(i.id),
    reporters: [...(reporters.get(i.id) ?? [])],
  }));
  return { ...round, items, entered: items.filter((i) => i.entered).length, total: items.length };
}

export function getRoundView(tx: Tx, ctx: MemberContext, roundId: string): RoundView {
  return roundView(tx, ctx, getRound(tx, ctx, roundId));
}

/** Every round of the workspace, latest year first, with its progress. */
export function listRounds(tx: Tx, ctx: MemberContext): RoundView[] {
  return tx
    .select()
    .from(reportingRounds)
    .where(eq(reportingRounds.workspaceId, ctx.workspaceId))
    .orderBy(desc(reportingRounds.year))
    .all()
    .map((r) => roundView(tx, ctx, r));
}

/** The caller's list in each open round: the indicators they report, entered or not. */
export function myRoundLists(tx: Tx, ctx: MemberContext) {
  return listRounds(tx, ctx)
    .filter((r) => r.status === 'open')
    .map((r) => ({ round: r, items: r.items.filter((i) => i.reporters.includes(ctx.userId)) }))
    .filter((r) => r.items.length > 0);
}

/** Opens the round of a year of the term; returns each reporter's count of indicators (lib/reporting/actions.ts notifies them). */
export function openRound(tx: Tx, ctx: MemberContext, input: OpenRoundInput): MutationOutcome<{ id: string; counts: Map<string, number> }> {
  const term = getTerm(tx, ctx);
  if (!term) throw new Invalid('noStrategyTerm');
  if (input.year < term.start || input.year > term.end) throw new Invalid('invalid', { year: 'yearOutsideTerm' });
  if (roundOfYear(tx, ctx, input.year)) throw new Conflict('roundExists');
  const id = crypto.randomUUID();
  const now = new Date();
  tx.insert(reportingRounds)
    .values({ id, workspaceId: ctx.workspaceId, year: input.year, dueOn: input.dueOn, status: 'open', openedBy: ctx.userId, openedAt: now })
    .run();
  const view = getRoundView(tx, ctx, id);
  const counts = new Map<string, number>();
  for (const item of view.items) for (const r of item.reporters) counts.set(r, (counts.get(r) ?? 0) + 1);
  return {
    data: { id, counts },
    audit: {
      action: 'reportingRound.open',
      entityType: 'reportingRound',
      entityId: id,
      changes: { year: input.year, dueOn: input.dueOn, reporters: counts.size },
    },
  };
}

/** Closes an open round: from now on its year's values are locked. */
export function closeRound(tx: Tx, ctx: MemberContext, input: { roundId: string }): MutationOutcome<null> {
  const round = getRound(tx, ctx, input.roundId);
  if (round.status === 'closed') throw new Conflict('roundAlreadyClosed');
  tx.update(reportingRounds).set({ status: 'closed', closedAt: new Date() }).where(eq(reportingRounds.id, round.id)).run();
  const view = roundView(tx, ctx, round);
  return {
    data: null,
    audit: {
      action: 'reportingRound.close',
      entityType: 'reportingRound',
      entityId: round.id,
      changes: { year: round.year, entered: view.entered, total: view.total },
    },
  };
}

/** Names of members, for the round page's "who reports" column. */
export function memberNames(tx: Tx, ids: string[]): Map<string, string> {
  if (!ids.length) return new Map();
  return new Map(
    tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, u.name]),
  );
}
