import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { deleteInWorkspace } from '@/lib/workspace-row-writes';
import { coFinancingInstalments, coFinancingLines, coFinancingRules, type CoFinancingInstalment, type CoFinancingLine } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Forbidden } from '@/lib/errors';
import { canEditAction, getEditableAction, getExternalAction } from '@/lib/external-actions/access-queries';
import { checkPlan, planTotals, ruleSetOf, type PlanTotals, type RuleCheck, type RuleSet } from './rules';
import { withLeastDevelopedCountry } from './ldc';
import type { CoFinancingLineInput, CoFinancingRef, CoFinancingRuleInput, InstalmentInput, UpdateCoFinancingLineInput } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';

export type PlanLineView = CoFinancingLine & { instalments: CoFinancingInstalment[] };
export type PlanYear = { year: number; lines: PlanLineView[]; totals: PlanTotals; checks: RuleCheck[] };
export type ActionPlan = { years: PlanYear[]; withLdc: boolean; canEdit: boolean };

/** The workspace's call rules: its stored versions over the defaults (lib/co-financing/rules.ts). */
export function getRuleSet(tx: Tx, ctx: MemberContext): RuleSet {
  const rows = tx.select().from(coFinancingRules).where(eq(coFinancingRules.workspaceId, ctx.workspaceId)).all();
  return ruleSetOf(rows);
}

/** Groups lines (with their instalments) by year and checks each year's plan. */
export function plansByYear(lines: CoFinancingLine[], instalments: CoFinancingInstalment[], rules: RuleSet, withLdc: boolean): PlanYear[] {
  const byLine = new Map<string, CoFinancingInstalment[]>();
  for (const i of instalments) byLine.set(i.lineId, [...(byLine.get(i.lineId) ?? []), i]);
  const years = new Map<number, PlanLineView[]>();
  for (const l of lines) years.set(l.year, [...(years.get(l.year) ?? []), { ...l, instalments: byLine.get(l.id) ?? [] }]);
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, yearLines]) => ({ year, lines: yearLines, totals: planTotals(yearLines), checks: checkPlan(yearLines, rules, withLdc) }));
}

/** The instalments of these co-financing lines (of the caller's workspace), by due date. */
export function listInstalmentsOf(tx: Tx, ctx: MemberContext, lines: readonly { id: string }[]) {
  if (lines.length === 0) return [];
  return tx
    .select()
    .from(coFinancingInstalments)
    .where(
      and(
        eq(coFinancingInstalments.workspaceId, ctx.workspaceId),
        inArray(
          coFinancingInstalments.lineId,
          lines.map((l) => l.id),
        ),
      ),
    )
    .orderBy(asc(coFinancingInstalments.dueOn), asc(coFinancingInstalments.createdAt))
    .all();
}

/**
 * One action's plan, year by year, with each year's rule checks. Members who read the register
 * only: a partner does not see who funds the action and how much (NotFound/Forbidden otherwise).
 */
export function getActionPlan(tx: Tx, ctx: MemberContext, actionId: string): ActionPlan {
  if (!can(ctx.role, 'externalActions.read')) throw new Forbidden();
  const action = getExternalAction(tx, ctx, actionId);
  const lines = tx
    .select()
    .from(coFinancingLines)
    .where(and(eq(coFinancingLines.workspaceId, ctx.workspaceId), eq(coFinancingLines.actionId, action.id)))
    .orderBy(asc(coFinancingLines.year), asc(coFinancingLines.createdAt))
    .all();
  const instalments = listInstalmentsOf(tx, ctx, lines);
  const withLdc = withLeastDevelopedCountry(action.countries);
  return { years: plansByYear(lines, instalments, getRuleSet(tx, ctx), withLdc), withLdc, canEdit: canEditAction(tx, ctx, action.id) };
}

function getEditableLine(tx: Tx, ctx: MemberContext, id: string) {
  const row = getInWorkspace(tx, coFinancingLines, ctx, id, 'lineNotFound');
  getEditableAction(tx, ctx, row.actionId);
  return row;
}

const lineValues = (input: Omit<CoFinancingLineInput, 'actionId'>) => ({
  year: input.year,
  funderKind: input.funderKind,
  funderName: input.funderName,
  callYear: input.funderKind === 'ministry_call' ? input.callYear : null,
  askedCents: input.asked,
  grantedCents: input.granted,
  paidCents: input.paid ?? 0,
  staffDays: input.staffDays,
  staffDailyCostCents: input.staffDays > 0 ? (input.staffDailyCost ?? 0) : 0,
});

/** Adds a funder's line to the plan of an action the caller may edit. Saved as typed, even when it breaks a rule. */
export function createLine(tx: Tx, ctx: MemberContext, input: CoFinancingLineInput, now = new Date()): MutationOutcome<{ id: string }> {
  const action = getEditableAction(tx, ctx, input.actionId);
  const values = lineValues(input);
  const id = insertInWorkspace(tx, coFinancingLines, ctx, { actionId: action.id, ...values, createdBy: ctx.userId, createdAt: now, updatedAt: now });
  return {
    data: { id },
    audit: { action: 'coFinancing.lineCreate', entityType: 'coFinancingLine', entityId: id, changes: { actionId: action.id, ...values } },
  };
}

export function updateLine(tx: Tx, ctx: MemberContext, input: UpdateCoFinancingLineInput, now = new Date()): MutationOutcome<null> {
  const row = getEditableLine(tx, ctx, input.id);
  const values = lineValues(input);
  tx.update(coFinancingLines)
    .set({ ...values, updatedAt: now })
    .where(eq(coFinancingLines.id, row.id))
    .run();
  return {
    data: null,
    audit: { action: 'coFinancing.lineUpdate', entityType: 'coFinancingLine', entityId: row.id, changes: { actionId: row.actionId, ...values } },
  };
}

/** Removes a line and its instalments. */
export function deleteLine(tx: Tx, ctx: MemberContext, input: CoFinancingRef): MutationOutcome<null> {
  const row = getEditableLine(tx, ctx, input.id);
  deleteInWorkspace(tx, coFinancingLines, ctx, row.id);
  return {
    data: null,
    audit: {
      action: 'coFinancing.lineDelete',
      entityType: 'coFinancingLine',
      entityId: row.id,
      changes: { actionId: row.actionId, year: row.year, funderKind: row.funderKind },
    },
  };
}

export function createInstalment(tx: Tx, ctx: MemberContext, input: InstalmentInput, now = new Date()): MutationOutcome<{ id: string }> {
  const line = getEditableLine(tx, ctx, input.lineId);
  const values = { amountCents: input.amount, condition: input.condition, dueOn: input.dueOn, receivedOn: input.receivedOn };
  const id = insertInWorkspace(tx, coFinancingInstalments, ctx, { lineId: line.id, ...values, createdAt: now });
  return {
    data: { id },
    audit: { action: 'coFinancing.instalmentCreate', entityType: 'coFinancingInstalment', entityId: id, changes: { lineId: line.id, ...values } },
  };
}

export function deleteInstalment(tx: Tx, ctx: MemberContext, input: CoFinancingRef): MutationOutcome<null> {
  const row = getInWorkspace(tx, coFinancingInstalments, ctx, input.id, 'instalmentNotFound');
  getEditableLine(tx, ctx, row.lineId);
  deleteInWorkspace(tx, coFinancingInstalments, ctx, row.id);
  return {
    data: null,
    audit: { action: 'coFinancing.instalmentDelete', entityType: 'coFinancingInstalment', entityId: row.id, changes: { lineId: row.lineId } },
  };
}

/** An admin's version of a call rule (permission 'workspace.update'), replacing the previous one. */
export function saveRule(tx: Tx, ctx: MemberContext, input: CoFinancingRuleInput, now = new Date()): MutationOutcome<null> {
  const values = { percent: input.percent, sourceText: input.sourceText, sourceUrl: input.sourceUrl, updatedAt: now };
  tx.insert(coFinancingRules)
    .values({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, key: input.key, ...values })
    .onConflictDoUpdate({ target: [coFinancingRules.workspaceId, coFinancingRules.key], set: values })
    .run();
  return {
    data: null,
    audit: { action: 'coFinancing.ruleUpdate', entityType: 'coFinancingRule', entityId: input.key, changes: { key: input.key, ...values } },
  };
}
