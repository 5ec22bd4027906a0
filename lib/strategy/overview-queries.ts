import 'server-only';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { externalActionCompetencies, externalActions, strategyActionPlacements, strategyIndicators } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { competencyRef } from '@/lib/competencies/schemas';
import { listCompetencies } from '@/lib/competencies/queries';
import { systemClock, type Clock } from './progress';
import { getStrategy, listAxes } from './axis-queries';
import { listPlacements } from './placement-queries';
import { listIndicators } from './indicator-queries';

// The map, and what the strategy document reads.

/**
 * The strategy as a tree: vision, then each axis with its actions (status and competencies), then
 * the actions outside the thread and those not placed yet. Four statements.
 */
export function getStrategyMap(tx: Tx, ctx: MemberContext, locale: Locale) {
  const strategy = getStrategy(tx, ctx);
  const axes = listAxes(tx, ctx);
  const actions = listPlacements(tx, ctx);
  const links = tx
    .select({
      actionId: externalActionCompetencies.actionId,
      catalogueKey: externalActionCompetencies.catalogueKey,
      customId: externalActionCompetencies.customCompetencyId,
    })
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
  const node = (a: (typeof actions)[number]) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    competencies: competenciesOf.get(a.id) ?? [],
    outsideReason: a.outsideReason,
  });
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
        .map((i) => ({
          name: i.name,
          unit: i.unit,
          baseline: i.baseline,
          target: i.target,
          targetDate: i.targetDate,
          latest: i.progress.latest?.value ?? null,
        })),
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
