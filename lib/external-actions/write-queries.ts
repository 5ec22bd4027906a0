import 'server-only';
import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import {
  actors,
  expectedReturns,
  externalActionActors,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActionDepartments,
  externalActions,
  externalActionSdgs,
  observedReturns,
} from '@/db/schema';
import { isPartnerFamily } from '@/db/schema/actors';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Invalid, NotFound } from '@/lib/errors';
import { saveVersioned } from '@/lib/versioned-save';
import { fieldChanges, sameJson } from '@/lib/audit/field-changes';
import { normalizeName } from '@/lib/actors/schemas';
import { resolveCompetencyRefs } from '@/lib/competencies/queries';
import { departmentsByIds, myDepartmentIds } from '@/lib/departments/queries';
import { assertFundingSourcesOffered, budgetCents, budgetLineRows } from './budget-lines';
import type { ExternalActionInput, ObservedReturnInput, UpdateExternalActionInput } from './schemas';
import { getEditableAction, getExternalAction } from './access-queries';
import { expectedReturnCategory, observedReturnRecorded } from './observed-returns';
import { externalActionFormValues, getExternalActionDetail } from './detail-queries';
import { getInWorkspace } from '@/lib/workspace-rows';
import { insertRows } from '@/lib/insert-rows';
import { pickFields } from '@/lib/pick-fields';
import { deleteInWorkspace, updateInWorkspace } from '@/lib/workspace-row-writes';

// Writing an action, its links and its returns.

/**
 * Checks everything an action's input points at belongs to the caller's workspace (NotFound
 * otherwise, as for another workspace's rows), and that a contributor keeps their own department
 * among the participants (they would otherwise lose the action they are editing).
 */
function checkReferences(tx: Tx, ctx: MemberContext, input: ExternalActionInput) {
  const actorIds = [...input.partnerIds, ...input.actorIds];
  if (actorIds.length) {
    const found = tx
      .select({ id: actors.id, family: actors.family })
      .from(actors)
      .where(and(eq(actors.workspaceId, ctx.workspaceId), inArray(actors.id, actorIds)))
      .all();
    if (found.length !== new Set(actorIds).size) throw new NotFound('actorNotFound');
    const family = new Map(found.map((a) => [a.id, a.family]));
    if (input.partnerIds.some((id) => !isPartnerFamily(family.get(id)))) throw new Invalid('invalid', { partnerIds: 'partnerNotExternal' });
    if (input.actorIds.some((id) => family.get(id) !== 'territorial')) throw new Invalid('invalid', { actorIds: 'actorNotTerritorial' });
  }
  const departmentIds = [
    ...new Set([...input.departments.map((d) => d.departmentId), ...input.budgetLines.flatMap((l) => (l.departmentId ? [l.departmentId] : []))]),
  ];
  if (departmentsByIds(tx, ctx, departmentIds).length !== departmentIds.length) throw new NotFound('departmentNotFound');
  assertFundingSourcesOffered(tx, ctx, input.budgetLines);
  const competencies = resolveCompetencyRefs(
    tx,
    ctx,
    input.competencies.map((c) => c.ref),
    (i) => `competencies.${i}.ref`,
  );
  if (ctx.role === 'contributor') {
    const mine = new Set(myDepartmentIds(tx, ctx));
    if (!input.departments.some((d) => mine.has(d.departmentId))) throw new Invalid('invalid', { departments: 'contributorDepartmentRequired' });
  }
  return competencies;
}

function actionValues(input: ExternalActionInput) {
  return {
    title: input.title,
    normalizedTitle: normalizeName(input.title),
    ...pickFields(input, ['description', 'type', 'rationales', 'status', 'startDate', 'endDate', 'countries']),
  };
}

/** Replaces everything linked to an action (except returns, which keep their ids). */
function writeLinks(tx: Tx, ctx: MemberContext, actionId: string, input: ExternalActionInput, competencies: ReturnType<typeof checkReferences>) {
  const ws = ctx.workspaceId;
  for (const table of [externalActionActors, externalActionDepartments, externalActionCompetencies, externalActionSdgs, externalActionBudgetLines]) {
    tx.delete(table)
      .where(and(eq(table.workspaceId, ws), eq(table.actionId, actionId)))
      .run();
  }
  insertRows(tx, externalActionActors, [
    ...input.partnerIds.map((actorId) => ({ workspaceId: ws, actionId, actorId, role: 'partner' as const })),
    ...input.actorIds.map((actorId) => ({ workspaceId: ws, actionId, actorId, role: 'territorial' as const })),
  ]);
  insertRows(
    tx,
    externalActionDepartments,
    input.departments.map((d) => ({ workspaceId: ws, actionId, departmentId: d.departmentId, mode: d.mode })),
  );
  insertRows(
    tx,
    externalActionCompetencies,
    input.competencies.map((c, i) => ({
      id: crypto.randomUUID(),
      workspaceId: ws,
      actionId,
      catalogueKey: competencies[i]!.catalogueKey,
      customCompetencyId: competencies[i]!.customId,
      reason: c.reason,
    })),
  );
  insertRows(
    tx,
    externalActionSdgs,
    input.sdgs.map((sdg) => ({ workspaceId: ws, actionId, sdg })),
  );
  insertRows(tx, externalActionBudgetLines, budgetLineRows({ workspaceId: ws, actionId }, input.budgetLines));
}

/**
 * Writes the expected returns: saved ones (by id) are updated, new ones inserted, missing ones
 * deleted (observed returns that answered them become unexpected). Ids must be the action's own.
 */
function writeExpectedReturns(tx: Tx, ctx: MemberContext, actionId: string, input: ExternalActionInput, now: Date) {
  const existing = new Set(
    tx
      .select({ id: expectedReturns.id })
      .from(expectedReturns)
      .where(and(eq(expectedReturns.workspaceId, ctx.workspaceId), eq(expectedReturns.actionId, actionId)))
      .all()
      .map((r) => r.id),
  );
  const kept = new Set<string>();
  input.expectedReturns.forEach((r, position) => {
    const values = { category: r.category, description: r.description, indicator: r.indicator, target: r.target, position };
    if (r.id) {
      if (!existing.has(r.id)) throw new NotFound('expectedReturnNotFound');
      kept.add(r.id);
      updateInWorkspace(tx, expectedReturns, ctx, r.id, values);
    } else {
      tx.insert(expectedReturns)
        .values({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, actionId, ...values, createdAt: now })
        .run();
    }
  });
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length)
    tx.delete(expectedReturns)
      .where(and(eq(expectedReturns.workspaceId, ctx.workspaceId), inArray(expectedReturns.id, removed)))
      .run();
  return { added: input.expectedReturns.filter((r) => !r.id).length, removed: removed.length };
}

function linkSummary(input: ExternalActionInput) {
  return {
    partnerIds: input.partnerIds,
    actorIds: input.actorIds,
    departments: input.departments.map((d) => `${d.departmentId}:${d.mode}`),
    competencies: input.competencies.map((c) => c.ref),
    sdgs: input.sdgs,
    budgetCents: budgetCents(input.budgetLines),
  };
}

export function createExternalAction(tx: Tx, ctx: MemberContext, input: ExternalActionInput): MutationOutcome<{ id: string }> {
  const competencies = checkReferences(tx, ctx, input);
  const now = new Date();
  const id = insertInWorkspace(tx, externalActions, ctx, { ...actionValues(input), version: 1, createdBy: ctx.userId, createdAt: now, updatedAt: now });
  writeLinks(tx, ctx, id, input, competencies);
  writeExpectedReturns(tx, ctx, id, input, now);
  return {
    data: { id },
    audit: {
      action: 'externalAction.create',
      entityType: 'externalAction',
      entityId: id,
      changes: { title: input.title, type: input.type, status: input.status, ...linkSummary(input), expectedReturns: input.expectedReturns.length },
    },
  };
}

/**
 * Saves an edited action. The form's `version` must still be the stored one: if someone saved in
 * between, nothing is written and the person is asked to reload (no edit is silently lost).
 */
export function updateExternalAction(tx: Tx, ctx: MemberContext, input: UpdateExternalActionInput): MutationOutcome<{ version: number }> {
  const before = getEditableAction(tx, ctx, input.id);
  const competencies = checkReferences(tx, ctx, input);
  const beforeLinks = getExternalActionDetail(tx, ctx, input.id);
  const now = new Date();
  const values = actionValues(input);
  const saved = saveVersioned(
    tx,
    externalActions,
    ctx,
    input,
    values,
    () => ({ version: before.version, values: externalActionFormValues(getExternalActionDetail(tx, ctx, input.id)) }),
    now,
  );
  writeLinks(tx, ctx, input.id, input, competencies);
  const returns = writeExpectedReturns(tx, ctx, input.id, input, now);
  const { normalizedTitle: _, ...audited } = values;
  const changes: Record<string, unknown> = fieldChanges(before, audited, sameJson);
  const previous = {
    partnerIds: beforeLinks.partners.map((p) => p.id),
    actorIds: beforeLinks.territorialActors.map((p) => p.id),
    departments: beforeLinks.departments.map((d) => `${d.id}:${d.mode}`),
    competencies: beforeLinks.competencies.map((c) => c.ref),
    sdgs: beforeLinks.sdgs,
    budgetCents: beforeLinks.budgetLines.reduce((s, l) => s + l.amountCents, 0),
  };
  const next = linkSummary(input);
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    const sorted = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].sort() : v);
    if (sorted(previous[key]) !== sorted(next[key])) changes[key] = { from: previous[key], to: next[key] };
  }
  if (returns.added || returns.removed) changes.expectedReturns = returns;
  return { data: { version: saved }, audit: { action: 'externalAction.update', entityType: 'externalAction', entityId: input.id, changes } };
}

export function deleteExternalAction(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getExternalAction(tx, ctx, input.id);
  deleteInWorkspace(tx, externalActions, ctx, before.id);
  return {
    data: null,
    audit: { action: 'externalAction.delete', entityType: 'externalAction', entityId: before.id, changes: { title: before.title, type: before.type } },
  };
}

/** Records a return seen afterwards; when it answers an expected return, it must be of the same category. */
export function recordObservedReturn(tx: Tx, ctx: MemberContext, input: ObservedReturnInput): MutationOutcome<{ id: string }> {
  const action = getEditableAction(tx, ctx, input.actionId);
  if (input.expectedReturnId) {
    const category = expectedReturnCategory(tx, ctx.workspaceId, input.expectedReturnId, action.id);
    if (!category) throw new NotFound('expectedReturnNotFound');
    if (category !== input.category) throw new Invalid('invalid', { category: 'categoryMismatch' });
  }
  const id = insertInWorkspace(tx, observedReturns, ctx, { ...input, recordedBy: ctx.userId, createdAt: new Date() });
  return observedReturnRecorded(id, action.id, input);
}

export function deleteObservedReturn(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const row = getInWorkspace(tx, observedReturns, ctx, input.id, 'observedReturnNotFound');
  getEditableAction(tx, ctx, row.actionId);
  deleteInWorkspace(tx, observedReturns, ctx, row.id);
  return {
    data: null,
    audit: { action: 'observedReturn.delete', entityType: 'observedReturn', entityId: row.id, changes: { actionId: row.actionId, category: row.category } },
  };
}
