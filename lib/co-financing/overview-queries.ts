import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { coFinancingInstalments, coFinancingLines, externalActions } from '@/db/schema';
import type { FunderKind } from '@/db/enums/co-financing';
import type { MemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { Forbidden } from '@/lib/errors';
import { pivotBudget, yearsOf, type BudgetPivot } from '@/lib/external-actions/budget';
import { getRuleSet, plansByYear } from './queries';
import { lineTotalCents } from './rules';
import { withLeastDevelopedCountry } from './ldc';

export type FlaggedPlan = { actionId: string; actionTitle: string; year: number; brokenRules: { key: string; percent: number }[] };

export type CoFinancingOverview = {
  /** Funding by funder kind and year (granted, or asked until decided, plus staff time in kind). */
  byFunder: BudgetPivot;
  planCount: number;
  flagged: FlaggedPlan[];
  askedCents: number;
  grantedCents: number;
  paidCents: number;
  /** What funders other than the authority itself bring. */
  externalCents: number;
};

/**
 * Every co-financing plan of the workspace at once, in three queries whatever the number of
 * actions (lines, instalments, the actions' countries), for the consolidated budget and the
 * dashboard: totals by funder and year, and the plans that break a call rule.
 */
export function coFinancingOverview(tx: Tx, ctx: MemberContext): CoFinancingOverview {
  if (!can(ctx.role, 'externalActions.read')) throw new Forbidden();
  const lines = tx.select().from(coFinancingLines).where(eq(coFinancingLines.workspaceId, ctx.workspaceId)).all();
  const instalments = lines.length ? tx.select().from(coFinancingInstalments).where(eq(coFinancingInstalments.workspaceId, ctx.workspaceId)).all() : [];
  const actions = lines.length
    ? tx
        .select({ id: externalActions.id, title: externalActions.title, countries: externalActions.countries })
        .from(externalActions)
        .where(eq(externalActions.workspaceId, ctx.workspaceId))
        .all()
    : [];
  const rules = getRuleSet(tx, ctx);
  const byAction = new Map<string, typeof lines>();
  const actionOfLine = new Map<string, string>();
  for (const l of lines) {
    byAction.set(l.actionId, [...(byAction.get(l.actionId) ?? []), l]);
    actionOfLine.set(l.id, l.actionId);
  }
  const instalmentsByAction = new Map<string, typeof instalments>();
  for (const i of instalments) {
    const actionId = actionOfLine.get(i.lineId);
    if (actionId) instalmentsByAction.set(actionId, [...(instalmentsByAction.get(actionId) ?? []), i]);
  }
  const flagged: FlaggedPlan[] = [];
  let planCount = 0;
  for (const action of actions) {
    const own = byAction.get(action.id);
    if (!own) continue;
    for (const plan of plansByYear(own, instalmentsByAction.get(action.id) ?? [], rules, withLeastDevelopedCountry(action.countries))) {
      planCount += 1;
      const broken = plan.checks.filter((c) => c.status === 'broken').map((c) => ({ key: c.rule.key, percent: c.rule.percent }));
      if (broken.length) flagged.push({ actionId: action.id, actionTitle: action.title, year: plan.year, brokenRules: broken });
    }
  }
  const cells = lines.map((l) => ({ key: l.funderKind as FunderKind as string, year: l.year, cents: lineTotalCents(l) }));
  const sum = (f: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    byFunder: pivotBudget(cells, yearsOf(cells)),
    planCount,
    flagged: flagged.sort((a, b) => a.actionTitle.localeCompare(b.actionTitle) || a.year - b.year),
    askedCents: sum((l) => l.askedCents),
    grantedCents: sum((l) => l.grantedCents ?? 0),
    paidCents: sum((l) => l.paidCents),
    externalCents: sum((l) => (l.funderKind === 'own' ? 0 : lineTotalCents(l))),
  };
}
