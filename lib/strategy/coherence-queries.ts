import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
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
  observedReturns,
  partnershipContributions,
  partnerships,
  strategyActionPlacements,
  strategyCoherenceSnapshots,
  strategyFollowUpAxes,
} from '@/db/schema';
import { RETURN_CATEGORIES } from '@/db/schema/external-actions';
import type { MemberContext } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { loadAnswers, ruleContext } from '@/lib/diagnostic/queries';
import { evaluateRules, weaknessesOf } from '@/lib/diagnostic/rules';
import { coherenceFigure, fixFirst, runChecks, type CoherenceFacts } from './coherence';
import { isoDay, systemClock, type Clock } from './progress';
import { ACTION_ID, DEPARTMENT_ID, listAxes } from './axis-queries';
import { listIndicators } from './indicator-queries';

// Coherence: the facts its checks read and its daily figure.

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

type PartnershipReturnFacts = { partnershipId: string; actorId: string; actorName: string; normalizedName: string; partnerReturns: number };

/**
 * Per partnership, how many returns its partner side records, expected or observed (issue 21,
 * point 3; lib/partnerships/returns.ts): none makes it one-way. Read here, not through
 * lib/partnerships, which already depends on the strategy through the document.
 */
function listPartnershipReturnFacts(tx: Tx, workspaceId: string): PartnershipReturnFacts[] {
  return tx
    .select({
      partnershipId: partnerships.id,
      actorId: partnerships.actorId,
      actorName: actors.name,
      normalizedName: actors.normalizedName,
      partnerReturns: sql<number>`(select count(*) from ${partnershipContributions} c where c.partnership_id = ${partnerships.id} and c.side = 'partner' and c.kind in ('expects', 'observed'))`,
    })
    .from(partnerships)
    .innerJoin(actors, eq(actors.id, partnerships.actorId))
    .where(eq(partnerships.workspaceId, workspaceId))
    .all();
}

/**
 * The partners of actions and the authorities with a partnership, one row each, by name: a
 * partnership brings how many returns its partner side records (issue 21, point 3).
 */
function mergePartnerships(
  actionPartners: (CoherenceFacts['partners'][number] & { normalizedName: string })[],
  partnershipFacts: PartnershipReturnFacts[],
): CoherenceFacts['partners'] {
  const byActor = new Map(actionPartners.map((p) => [p.id, { ...p }]));
  for (const f of partnershipFacts) {
    const row = byActor.get(f.actorId) ?? { id: f.actorId, name: f.actorName, normalizedName: f.normalizedName, actionCount: 0, territoryReturnActions: 0 };
    byActor.set(f.actorId, { ...row, partnershipId: f.partnershipId, partnerReturns: f.partnerReturns });
  }
  return [...byActor.values()]
    .sort((a, b) => (a.normalizedName < b.normalizedName ? -1 : a.normalizedName > b.normalizedName ? 1 : 0))
    .map(({ normalizedName: _, ...p }) => p);
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
  const actionPartners = tx
    .select({
      id: actors.id,
      normalizedName: actors.normalizedName,
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
  const partners = mergePartnerships(actionPartners, listPartnershipReturnFacts(tx, ws));
  const indicators = listIndicators(tx, ctx, { clock: options.clock }).map((i) => ({
    id: i.id,
    name: i.name,
    overdue: i.progress.overdue,
    dueOn: i.progress.dueOn,
  }));
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
export function recordCoherenceSnapshot(
  tx: Tx,
  ctx: MemberContext,
  figure: { score: number; passed: number; total: number } | null,
  clock: Clock = systemClock,
) {
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
