import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { whileUnchanged } from '@/db/state';
import {
  actors,
  departmentBudgetLines,
  departments,
  expectedReturns,
  externalActionActors,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActionDepartments,
  externalActions,
  externalActionSdgs,
  observedReturns,
  users,
} from '@/db/schema';
import type { ExternalAction } from '@/db/schema/external-actions';
import { isPartnerFamily, PARTNER_FAMILIES } from '@/db/schema/actors';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import type { Locale } from '@/lib/i18n/config';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { assertSaved } from '@/lib/concurrency';
import { normalizeName } from '@/lib/actors/schemas';
import { listCompetencies, resolveCompetencyRefs, workspaceLevel } from '@/lib/competencies/queries';
import { fundingSourceAllowed } from '@/lib/competencies/solidarity-schemes';
import { competencyRef, parseCompetencyRef } from '@/lib/competencies/schemas';
import { departmentsByIds, listDepartmentOptions, myDepartmentIds } from '@/lib/departments/queries';
import { toCents } from './fields';
import { computeReturnsGap } from './gap';
import { pivotBudget, yearsOf, type BudgetCell } from './budget';
import type { ExternalActionFilter, ExternalActionInput, MatrixDimension, ObservedReturnInput, UpdateExternalActionInput } from './schemas';

// ---------------------------------------------------------------------------------------------
// Who sees and edits what

/**
 * The rows a member may see: their workspace's actions, and for a partner only those where their
 * own authority (MemberContext.actorId) is a partner.
 */
export function visibleActions(ctx: MemberContext): SQL[] {
  const conditions: SQL[] = [eq(externalActions.workspaceId, ctx.workspaceId)];
  if (ctx.role === 'partner') {
    conditions.push(
      ctx.actorId
        ? sql`exists (select 1 from ${externalActionActors} where ${externalActionActors.actionId} = ${ACTION_ID} and ${externalActionActors.actorId} = ${ctx.actorId} and ${externalActionActors.role} = 'partner')`
        : sql`0`,
    );
  }
  return conditions;
}

/** One action the caller may see; NotFound otherwise (also for a partner's unshared action). */
export function getExternalAction(tx: Tx, ctx: MemberContext, id: string): ExternalAction {
  const row = tx
    .select()
    .from(externalActions)
    .where(and(eq(externalActions.id, id), ...visibleActions(ctx)))
    .get();
  if (!row) throw new NotFound('actionNotFound');
  return row;
}

/**
 * True when the caller may edit the action: editors and admins always; a contributor when one of
 * the departments whose point person they are takes part in it.
 */
export function canEditAction(tx: Tx, ctx: MemberContext, actionId: string): boolean {
  if (ctx.role === 'admin' || ctx.role === 'editor') return true;
  if (ctx.role !== 'contributor') return false;
  const row = tx
    .select({ n: count() })
    .from(externalActionDepartments)
    .innerJoin(departments, eq(departments.id, externalActionDepartments.departmentId))
    .where(
      and(
        eq(externalActionDepartments.workspaceId, ctx.workspaceId),
        eq(externalActionDepartments.actionId, actionId),
        eq(departments.pointPersonUserId, ctx.userId),
      ),
    )
    .get();
  return (row?.n ?? 0) > 0;
}

/** The action, if the caller may edit it: NotFound when they cannot see it, Forbidden when they only read it. */
export function getEditableAction(tx: Tx, ctx: MemberContext, id: string): ExternalAction {
  const action = getExternalAction(tx, ctx, id);
  if (!canEditAction(tx, ctx, id)) throw new Forbidden('actionNotYours');
  return action;
}

// ---------------------------------------------------------------------------------------------
// The table

/**
 * The outer row's id in correlated subqueries, always qualified: drizzle leaves columns
 * unqualified in single-table selects, where "id" would name the subquery's own column.
 */
const ACTION_ID = sql.raw('"external_actions"."id"');
const EXPECTED_ID = sql.raw('"expected_returns"."id"');
const DEPARTMENT_ID = sql.raw('"departments"."id"');

const budgetTotal = sql<number>`(select coalesce(sum(${externalActionBudgetLines.amountCents}), 0) from ${externalActionBudgetLines} where ${externalActionBudgetLines.actionId} = ${ACTION_ID})`;
const leadDepartments = sql<string | null>`(select group_concat(${departments.name}, ', ') from ${externalActionDepartments} join ${departments} on ${departments.id} = ${externalActionDepartments.departmentId} where ${externalActionDepartments.actionId} = ${ACTION_ID} and ${externalActionDepartments.mode} = 'lead')`;
const departmentCount = sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.actionId} = ${ACTION_ID})`;
const partnerNames = sql<string | null>`(select group_concat(${actors.name}, ', ') from ${externalActionActors} join ${actors} on ${actors.id} = ${externalActionActors.actorId} where ${externalActionActors.actionId} = ${ACTION_ID} and ${externalActionActors.role} = 'partner')`;
const competencyCount = sql<number>`(select count(*) from ${externalActionCompetencies} where ${externalActionCompetencies.actionId} = ${ACTION_ID})`;
const expectedCount = sql<number>`(select count(*) from ${expectedReturns} where ${expectedReturns.actionId} = ${ACTION_ID})`;
const observedCount = sql<number>`(select count(*) from ${observedReturns} where ${observedReturns.actionId} = ${ACTION_ID})`;

function filterConditions(ctx: MemberContext, filter: Partial<ExternalActionFilter>): SQL[] {
  const conditions = visibleActions(ctx);
  if (filter.q) {
    const needle = `%${normalizeName(filter.q)}%`;
    conditions.push(or(like(externalActions.normalizedTitle, needle), like(sql`lower(${externalActions.description})`, `%${filter.q.toLowerCase()}%`))!);
  }
  if (filter.type) conditions.push(eq(externalActions.type, filter.type));
  if (filter.status) conditions.push(eq(externalActions.status, filter.status));
  if (filter.rationale) conditions.push(sql`exists (select 1 from json_each(${externalActions.rationales}) where value = ${filter.rationale})`);
  if (filter.country) conditions.push(sql`exists (select 1 from json_each(${externalActions.countries}) where value = ${filter.country})`);
  if (filter.department) {
    conditions.push(
      sql`exists (select 1 from ${externalActionDepartments} where ${externalActionDepartments.actionId} = ${ACTION_ID} and ${externalActionDepartments.departmentId} = ${filter.department})`,
    );
  }
  if (filter.partner) {
    conditions.push(
      sql`exists (select 1 from ${externalActionActors} where ${externalActionActors.actionId} = ${ACTION_ID} and ${externalActionActors.actorId} = ${filter.partner})`,
    );
  }
  if (filter.competency === 'none') {
    conditions.push(sql`not exists (select 1 from ${externalActionCompetencies} where ${externalActionCompetencies.actionId} = ${ACTION_ID})`);
  } else if (filter.competency) {
    const ref = parseCompetencyRef(filter.competency);
    const match = ref?.customId
      ? sql`${externalActionCompetencies.customCompetencyId} = ${ref.customId}`
      : sql`${externalActionCompetencies.catalogueKey} = ${ref?.catalogueKey ?? ''}`;
    conditions.push(sql`exists (select 1 from ${externalActionCompetencies} where ${externalActionCompetencies.actionId} = ${ACTION_ID} and ${match})`);
  }
  return conditions;
}

const SORT_COLUMNS = {
  title: externalActions.normalizedTitle,
  type: externalActions.type,
  status: externalActions.status,
  startDate: externalActions.startDate,
  budget: budgetTotal,
  updatedAt: externalActions.updatedAt,
} as const;

/** One page of the actions table, filtered, sorted and counted in SQL (one statement per page). */
export function listExternalActions(tx: Tx, ctx: MemberContext, filter: ExternalActionFilter) {
  const where = and(...filterConditions(ctx, filter));
  const total = tx.select({ n: count() }).from(externalActions).where(where).get()?.n ?? 0;
  const column = SORT_COLUMNS[filter.sort];
  const rows = tx
    .select({
      id: externalActions.id,
      title: externalActions.title,
      type: externalActions.type,
      status: externalActions.status,
      startDate: externalActions.startDate,
      endDate: externalActions.endDate,
      countries: externalActions.countries,
      rationales: externalActions.rationales,
      budgetCents: budgetTotal,
      leadDepartments,
      departmentCount,
      partnerNames,
      competencyCount,
      expectedCount,
      observedCount,
    })
    .from(externalActions)
    .where(where)
    .orderBy(filter.dir === 'desc' ? desc(column) : asc(column), asc(externalActions.normalizedTitle), asc(externalActions.id))
    .limit(filter.size)
    .offset((filter.page - 1) * filter.size)
    .all();
  return { rows, total, page: filter.page, size: filter.size };
}

/** Titles and ids of every action, for pickers. */
export function listActionOptions(tx: Tx, ctx: MemberContext) {
  return tx
    .select({ id: externalActions.id, title: externalActions.title })
    .from(externalActions)
    .where(and(...visibleActions(ctx)))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
}

// ---------------------------------------------------------------------------------------------
// One action

/** An action with everything linked to it: a fixed number of queries whatever its size. */
/** A stored action and its links as the edit form shows them (amounts in euros as typed, no nulls). */
export function externalActionFormValues(detail: ReturnType<typeof getExternalActionDetail>) {
  const { action } = detail;
  return {
    title: action.title,
    description: action.description ?? '',
    type: action.type,
    rationales: action.rationales,
    status: action.status,
    startDate: action.startDate ?? '',
    endDate: action.endDate ?? '',
    countries: action.countries,
    partnerIds: detail.partners.map((p) => p.id),
    actorIds: detail.territorialActors.map((a) => a.id),
    departments: detail.departments.map((d) => ({ departmentId: d.id, mode: d.mode })),
    competencies: detail.competencies.map((c) => ({ ref: c.ref, reason: c.reason })),
    sdgs: detail.sdgs.map(String),
    budgetLines: detail.budgetLines.map((l) => ({
      year: String(l.year),
      amount: String(l.amountCents / 100),
      fundingSource: l.fundingSource,
      departmentId: l.departmentId ?? '',
      label: l.label ?? '',
    })),
    expectedReturns: detail.expected.map((e) => ({
      id: e.id,
      category: e.category,
      description: e.description,
      indicator: e.indicator ?? '',
      target: e.target ?? '',
    })),
  };
}

export function getExternalActionDetail(tx: Tx, ctx: MemberContext, id: string) {
  const action = getExternalAction(tx, ctx, id);
  const linkedActors = tx
    .select({ id: actors.id, name: actors.name, country: actors.country, category: actors.category, role: externalActionActors.role })
    .from(externalActionActors)
    .innerJoin(actors, eq(actors.id, externalActionActors.actorId))
    .where(and(eq(externalActionActors.workspaceId, ctx.workspaceId), eq(externalActionActors.actionId, id)))
    .orderBy(asc(actors.normalizedName))
    .all();
  const linkedDepartments = tx
    .select({ id: departments.id, name: departments.name, mode: externalActionDepartments.mode, pointPersonUserId: departments.pointPersonUserId })
    .from(externalActionDepartments)
    .innerJoin(departments, eq(departments.id, externalActionDepartments.departmentId))
    .where(and(eq(externalActionDepartments.workspaceId, ctx.workspaceId), eq(externalActionDepartments.actionId, id)))
    .orderBy(sql`case ${externalActionDepartments.mode} when 'lead' then 0 when 'co_construction' then 1 when 'expertise' then 2 else 3 end`, asc(departments.name))
    .all();
  const competencies = tx
    .select({
      id: externalActionCompetencies.id,
      catalogueKey: externalActionCompetencies.catalogueKey,
      customId: externalActionCompetencies.customCompetencyId,
      reason: externalActionCompetencies.reason,
    })
    .from(externalActionCompetencies)
    .where(and(eq(externalActionCompetencies.workspaceId, ctx.workspaceId), eq(externalActionCompetencies.actionId, id)))
    .orderBy(sql`rowid`)
    .all()
    .map((c) => ({ id: c.id, ref: competencyRef(c), reason: c.reason }));
  const sdgs = tx
    .select({ sdg: externalActionSdgs.sdg })
    .from(externalActionSdgs)
    .where(and(eq(externalActionSdgs.workspaceId, ctx.workspaceId), eq(externalActionSdgs.actionId, id)))
    .orderBy(asc(externalActionSdgs.sdg))
    .all()
    .map((r) => r.sdg);
  const budgetLines = tx
    .select({
      id: externalActionBudgetLines.id,
      year: externalActionBudgetLines.year,
      amountCents: externalActionBudgetLines.amountCents,
      fundingSource: externalActionBudgetLines.fundingSource,
      departmentId: externalActionBudgetLines.departmentId,
      departmentName: departments.name,
      label: externalActionBudgetLines.label,
    })
    .from(externalActionBudgetLines)
    .leftJoin(departments, eq(departments.id, externalActionBudgetLines.departmentId))
    .where(and(eq(externalActionBudgetLines.workspaceId, ctx.workspaceId), eq(externalActionBudgetLines.actionId, id)))
    .orderBy(asc(externalActionBudgetLines.year), asc(externalActionBudgetLines.position))
    .all();
  const expected = tx
    .select()
    .from(expectedReturns)
    .where(and(eq(expectedReturns.workspaceId, ctx.workspaceId), eq(expectedReturns.actionId, id)))
    .orderBy(asc(expectedReturns.position))
    .all();
  const observed = tx
    .select()
    .from(observedReturns)
    .where(and(eq(observedReturns.workspaceId, ctx.workspaceId), eq(observedReturns.actionId, id)))
    .orderBy(desc(observedReturns.observedOn), asc(observedReturns.createdAt))
    .all();
  return {
    action,
    partners: linkedActors.filter((a) => a.role === 'partner'),
    territorialActors: linkedActors.filter((a) => a.role === 'territorial'),
    departments: linkedDepartments,
    competencies,
    sdgs,
    budgetLines,
    expected,
    observed,
    canEdit: canEditAction(tx, ctx, id),
  };
}
export type ExternalActionDetail = ReturnType<typeof getExternalActionDetail>;

/**
 * Actors that can be linked to actions: partners (abroad, or in France outside the territory) and
 * the territory's actors.
 */
export function listLinkableActors(tx: Tx, ctx: MemberContext) {
  const rows = tx
    .select({ id: actors.id, name: actors.name, country: actors.country, family: actors.family })
    .from(actors)
    .where(and(eq(actors.workspaceId, ctx.workspaceId), inArray(actors.family, [...PARTNER_FAMILIES, 'territorial'])))
    .orderBy(asc(actors.normalizedName))
    .all();
  return {
    // A French partner's country is not a country of the action: it is not offered for the action's countries.
    partners: rows.filter((r) => isPartnerFamily(r.family)).map(({ id, name, country, family }) => ({ id, name, country: family === 'national' ? null : country })),
    territorial: rows.filter((r) => r.family === 'territorial').map(({ id, name, country }) => ({ id, name, country })),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing an action

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
  // The "1 %" schemes are reserved to the bodies that run the service (CGCT L1115-1-1 to L1115-3).
  const level = workspaceLevel(tx, ctx);
  const refused = input.budgetLines.findIndex((l) => !fundingSourceAllowed(level, l.fundingSource));
  if (refused >= 0) throw new Invalid('invalid', { [`budgetLines.${refused}.fundingSource`]: 'fundingSourceNotOffered' });
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
    description: input.description,
    type: input.type,
    rationales: input.rationales,
    status: input.status,
    startDate: input.startDate,
    endDate: input.endDate,
    countries: input.countries,
  };
}

/** Replaces everything linked to an action (except returns, which keep their ids). */
function writeLinks(tx: Tx, ctx: MemberContext, actionId: string, input: ExternalActionInput, competencies: ReturnType<typeof checkReferences>) {
  const ws = ctx.workspaceId;
  for (const table of [externalActionActors, externalActionDepartments, externalActionCompetencies, externalActionSdgs, externalActionBudgetLines]) {
    tx.delete(table).where(and(eq(table.workspaceId, ws), eq(table.actionId, actionId))).run();
  }
  const actorRows = [
    ...input.partnerIds.map((actorId) => ({ workspaceId: ws, actionId, actorId, role: 'partner' as const })),
    ...input.actorIds.map((actorId) => ({ workspaceId: ws, actionId, actorId, role: 'territorial' as const })),
  ];
  if (actorRows.length) tx.insert(externalActionActors).values(actorRows).run();
  if (input.departments.length) {
    tx.insert(externalActionDepartments)
      .values(input.departments.map((d) => ({ workspaceId: ws, actionId, departmentId: d.departmentId, mode: d.mode })))
      .run();
  }
  if (input.competencies.length) {
    tx.insert(externalActionCompetencies)
      .values(
        input.competencies.map((c, i) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          actionId,
          catalogueKey: competencies[i]!.catalogueKey,
          customCompetencyId: competencies[i]!.customId,
          reason: c.reason,
        })),
      )
      .run();
  }
  if (input.sdgs.length) tx.insert(externalActionSdgs).values(input.sdgs.map((sdg) => ({ workspaceId: ws, actionId, sdg }))).run();
  if (input.budgetLines.length) {
    tx.insert(externalActionBudgetLines)
      .values(
        input.budgetLines.map((l, position) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          actionId,
          year: l.year,
          amountCents: toCents(l.amount),
          fundingSource: l.fundingSource,
          departmentId: l.departmentId,
          label: l.label,
          position,
        })),
      )
      .run();
  }
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
      tx.update(expectedReturns).set(values).where(and(eq(expectedReturns.id, r.id), eq(expectedReturns.workspaceId, ctx.workspaceId))).run();
    } else {
      tx.insert(expectedReturns).values({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, actionId, ...values, createdAt: now }).run();
    }
  });
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length) tx.delete(expectedReturns).where(and(eq(expectedReturns.workspaceId, ctx.workspaceId), inArray(expectedReturns.id, removed))).run();
  return { added: input.expectedReturns.filter((r) => !r.id).length, removed: removed.length };
}

function linkSummary(input: ExternalActionInput) {
  return {
    partnerIds: input.partnerIds,
    actorIds: input.actorIds,
    departments: input.departments.map((d) => `${d.departmentId}:${d.mode}`),
    competencies: input.competencies.map((c) => c.ref),
    sdgs: input.sdgs,
    budgetCents: input.budgetLines.reduce((s, l) => s + toCents(l.amount), 0),
  };
}

export function createExternalAction(tx: Tx, ctx: MemberContext, input: ExternalActionInput): MutationOutcome<{ id: string }> {
  const competencies = checkReferences(tx, ctx, input);
  const id = crypto.randomUUID();
  const now = new Date();
  tx.insert(externalActions)
    .values({ id, workspaceId: ctx.workspaceId, ...actionValues(input), version: 1, createdBy: ctx.userId, createdAt: now, updatedAt: now })
    .run();
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
  const result = tx
    .update(externalActions)
    .set({ ...values, version: input.version + 1, updatedAt: now })
    .where(and(eq(externalActions.id, input.id), eq(externalActions.workspaceId, ctx.workspaceId), eq(externalActions.version, input.version)))
    .run();
  assertSaved(result, () => ({ version: before.version, values: externalActionFormValues(getExternalActionDetail(tx, ctx, input.id)) }));
  writeLinks(tx, ctx, input.id, input, competencies);
  const returns = writeExpectedReturns(tx, ctx, input.id, input, now);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'normalizedTitle') continue;
    const old = before[key as keyof ExternalAction];
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[key] = { from: old, to: value };
  }
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
  return { data: { version: input.version + 1 }, audit: { action: 'externalAction.update', entityType: 'externalAction', entityId: input.id, changes } };
}

export function deleteExternalAction(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getExternalAction(tx, ctx, input.id);
  tx.delete(externalActions).where(and(eq(externalActions.id, before.id), eq(externalActions.workspaceId, ctx.workspaceId))).run();
  return { data: null, audit: { action: 'externalAction.delete', entityType: 'externalAction', entityId: before.id, changes: { title: before.title, type: before.type } } };
}

/** Records a return seen afterwards; when it answers an expected return, it must be of the same category. */
export function recordObservedReturn(tx: Tx, ctx: MemberContext, input: ObservedReturnInput): MutationOutcome<{ id: string }> {
  const action = getEditableAction(tx, ctx, input.actionId);
  if (input.expectedReturnId) {
    const expected = tx
      .select({ category: expectedReturns.category })
      .from(expectedReturns)
      .where(
        and(eq(expectedReturns.id, input.expectedReturnId), eq(expectedReturns.actionId, action.id), eq(expectedReturns.workspaceId, ctx.workspaceId)),
      )
      .get();
    if (!expected) throw new NotFound('expectedReturnNotFound');
    if (expected.category !== input.category) throw new Invalid('invalid', { category: 'categoryMismatch' });
  }
  const id = crypto.randomUUID();
  tx.insert(observedReturns)
    .values({ id, workspaceId: ctx.workspaceId, ...input, recordedBy: ctx.userId, createdAt: new Date() })
    .run();
  return {
    data: { id },
    audit: {
      action: 'observedReturn.create',
      entityType: 'observedReturn',
      entityId: id,
      changes: { actionId: action.id, category: input.category, expectedReturnId: input.expectedReturnId, observedOn: input.observedOn },
    },
  };
}

export function deleteObservedReturn(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const row = tx
    .select()
    .from(observedReturns)
    .where(and(eq(observedReturns.id, input.id), eq(observedReturns.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('observedReturnNotFound');
  getEditableAction(tx, ctx, row.actionId);
  tx.delete(observedReturns).where(eq(observedReturns.id, row.id)).run();
  return {
    data: null,
    audit: { action: 'observedReturn.delete', entityType: 'observedReturn', entityId: row.id, changes: { actionId: row.actionId, category: row.category } },
  };
}

// ---------------------------------------------------------------------------------------------
// Views across all actions. Pages are guarded by 'externalActions.read', which partners lack;
// the queries refuse them too, since a partner may only ever see the actions shared with them.

function refusePartner(ctx: MemberContext) {
  if (ctx.role === 'partner') throw new Forbidden();
}

/** The expected-versus-observed gap per category, from two grouped queries, plus how many actions wrote anything down. */
export function getReturnsGap(tx: Tx, ctx: MemberContext) {
  refusePartner(ctx);
  // Three scans of a workspace's returns (~3 ms for 800 actions): kept until the database changes.
  return whileUnchanged(tx, `returns:gap:${ctx.workspaceId}`, () => returnsGap(tx, ctx.workspaceId));
}

function returnsGap(tx: Tx, workspaceId: string) {
  const expected = tx
    .select({
      category: expectedReturns.category,
      total: count(),
      met: sql<number>`sum(case when exists (select 1 from ${observedReturns} where ${observedReturns.expectedReturnId} = ${EXPECTED_ID}) then 1 else 0 end)`,
    })
    .from(expectedReturns)
    .where(eq(expectedReturns.workspaceId, workspaceId))
    .groupBy(expectedReturns.category)
    .all();
  const observed = tx
    .select({
      category: observedReturns.category,
      total: count(),
      unexpected: sql<number>`sum(case when ${observedReturns.expectedReturnId} is null then 1 else 0 end)`,
    })
    .from(observedReturns)
    .where(eq(observedReturns.workspaceId, workspaceId))
    .groupBy(observedReturns.category)
    .all();
  const actionsRow = tx
    .select({
      total: count(),
      withExpected: sql<number>`coalesce(sum(case when exists (select 1 from ${expectedReturns} where ${expectedReturns.actionId} = ${ACTION_ID}) then 1 else 0 end), 0)`,
      withObserved: sql<number>`coalesce(sum(case when exists (select 1 from ${observedReturns} where ${observedReturns.actionId} = ${ACTION_ID}) then 1 else 0 end), 0)`,
    })
    .from(externalActions)
    .where(eq(externalActions.workspaceId, workspaceId))
    .get();
  return {
    ...computeReturnsGap({ expected, observed }),
    actions: { total: actionsRow?.total ?? 0, withExpected: actionsRow?.withExpected ?? 0, withObserved: actionsRow?.withObserved ?? 0 },
  };
}

/** Keys of the budget rows that are not a department, a source or a competency. */
export const BUDGET_NONE = '__none';
export const BUDGET_DEPARTMENT_LINES = '__department_lines';

/**
 * The consolidated international budget: every action's budget lines plus departments' own
 * international lines, by department, funding source, competency and year. An action's amount is
 * shared evenly between the competencies it is linked to, so that every table adds up to the same
 * total. Aggregated in SQL (four grouped queries).
 */
export function getBudgetConsolidation(tx: Tx, ctx: MemberContext) {
  refusePartner(ctx);
  const ws = ctx.workspaceId;
  const actionCells = tx
    .select({
      year: externalActionBudgetLines.year,
      departmentId: externalActionBudgetLines.departmentId,
      source: externalActionBudgetLines.fundingSource,
      cents: sql<number>`sum(${externalActionBudgetLines.amountCents})`,
    })
    .from(externalActionBudgetLines)
    .where(eq(externalActionBudgetLines.workspaceId, ws))
    .groupBy(externalActionBudgetLines.year, externalActionBudgetLines.departmentId, externalActionBudgetLines.fundingSource)
    .all();
  const departmentCells = tx
    .select({
      year: departmentBudgetLines.year,
      departmentId: departmentBudgetLines.departmentId,
      source: departmentBudgetLines.fundingSource,
      cents: sql<number>`sum(${departmentBudgetLines.amountCents})`,
    })
    .from(departmentBudgetLines)
    .where(eq(departmentBudgetLines.workspaceId, ws))
    .groupBy(departmentBudgetLines.year, departmentBudgetLines.departmentId, departmentBudgetLines.fundingSource)
    .all();
  const competencyCells = tx.all<{ year: number; catalogueKey: string | null; customId: string | null; cents: number }>(sql`
    with shares as (
      select ${externalActionCompetencies.actionId} as action_id, count(*) as n
      from ${externalActionCompetencies} where ${externalActionCompetencies.workspaceId} = ${ws}
      group by ${externalActionCompetencies.actionId}
    )
    select l.year as year, c.catalogue_key as catalogueKey, c.custom_competency_id as customId,
           sum(l.amount_cents * 1.0 / s.n) as cents
    from ${externalActionBudgetLines} l
    join ${externalActionCompetencies} c on c.action_id = l.action_id
    join shares s on s.action_id = l.action_id
    where l.workspace_id = ${ws}
    group by l.year, c.catalogue_key, c.custom_competency_id
    union all
    select l.year, null, null, sum(l.amount_cents)
    from ${externalActionBudgetLines} l
    where l.workspace_id = ${ws}
      and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = l.action_id)
    group by l.year
  `);
  const all = [...actionCells, ...departmentCells];
  const years = yearsOf(all);
  const byDepartment: BudgetCell[] = all.map((c) => ({ key: c.departmentId ?? BUDGET_NONE, year: c.year, cents: c.cents }));
  const bySource: BudgetCell[] = all.map((c) => ({ key: c.source, year: c.year, cents: c.cents }));
  const byCompetency: BudgetCell[] = [
    ...competencyCells.map((c) => ({ key: c.catalogueKey || c.customId ? competencyRef(c) : BUDGET_NONE, year: c.year, cents: c.cents })),
    ...departmentCells.map((c) => ({ key: BUDGET_DEPARTMENT_LINES, year: c.year, cents: c.cents })),
  ];
  return {
    years,
    byDepartment: pivotBudget(byDepartment, years),
    bySource: pivotBudget(bySource, years),
    byCompetency: pivotBudget(byCompetency, years),
    /** By year and source, for the chart. */
    yearSource: bySource,
  };
}

/**
 * The actions × competencies matrix: for each competency (and "no competency"), how many actions
 * fall in each column of the chosen dimension, plus row and column totals. Grouped in SQL.
 */
export function getCompetencyMatrix(tx: Tx, ctx: MemberContext, dimension: MatrixDimension, locale: Locale) {
  refusePartner(ctx);
  // The same figures for every reader until the database changes (db/state.ts): ~17 ms for 800 actions.
  return whileUnchanged(tx, `actions:matrix:${ctx.workspaceId}:${dimension}:${locale}`, () => computeCompetencyMatrix(tx, ctx, dimension, locale));
}

function computeCompetencyMatrix(tx: Tx, ctx: MemberContext, dimension: MatrixDimension, locale: Locale) {
  const ws = ctx.workspaceId;
  const column = {
    type: { join: sql``, key: sql`a.type` },
    status: { join: sql``, key: sql`a.status` },
    rationale: { join: sql`join json_each(a.rationales) r`, key: sql`r.value` },
    department: { join: sql`join ${externalActionDepartments} d on d.action_id = a.id`, key: sql`d.department_id` },
  }[dimension];
  const linked = tx.all<{ catalogueKey: string | null; customId: string | null; col: string; n: number }>(sql`
    select c.catalogue_key as catalogueKey, c.custom_competency_id as customId, ${column.key} as col, count(distinct a.id) as n
    from ${externalActionCompetencies} c
    join ${externalActions} a on a.id = c.action_id
    ${column.join}
    where c.workspace_id = ${ws}
    group by c.catalogue_key, c.custom_competency_id, ${column.key}
  `);
  const unlinked = tx.all<{ col: string; n: number }>(sql`
    select ${column.key} as col, count(distinct a.id) as n
    from ${externalActions} a
    ${column.join}
    where a.workspace_id = ${ws}
      and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = a.id)
    group by ${column.key}
  `);
  const columnTotals = tx.all<{ col: string; n: number }>(sql`
    select ${column.key} as col, count(distinct a.id) as n
    from ${externalActions} a
    ${column.join}
    where a.workspace_id = ${ws}
    group by ${column.key}
  `);
  const competencies = listCompetencies(tx, ctx, locale).filter((c) => !c.hidden || c.actionCount > 0);
  const cells = new Map<string, Map<string, number>>();
  for (const row of linked) {
    const ref = competencyRef(row);
    if (!cells.has(ref)) cells.set(ref, new Map());
    cells.get(ref)!.set(row.col, row.n);
  }
  const departmentOptions = dimension === 'department' ? listDepartmentOptions(tx, ctx) : [];
  const totalActions = tx.select({ n: count() }).from(externalActions).where(eq(externalActions.workspaceId, ws)).get()?.n ?? 0;
  return {
    dimension,
    departments: departmentOptions,
    rows: competencies.map((c) => ({ competency: c, cells: Object.fromEntries(cells.get(c.ref) ?? []), total: c.actionCount })),
    unlinked: {
      cells: Object.fromEntries(unlinked.map((r) => [r.col, r.n])),
      total:
        tx.all<{ n: number }>(sql`
          select count(*) as n from ${externalActions} a
          where a.workspace_id = ${ws} and not exists (select 1 from ${externalActionCompetencies} c where c.action_id = a.id)
        `)[0]?.n ?? 0,
    },
    columnTotals: Object.fromEntries(columnTotals.map((r) => [r.col, r.n])),
    totalActions,
    max: Math.max(0, ...linked.map((r) => r.n), ...unlinked.map((r) => r.n)),
  };
}

/**
 * Where the international work is not yet tied to the authority: departments never mobilised,
 * departments only ever asked for one-off expertise or kept informed, actions linked to no
 * competency, and competencies no action serves.
 */
export function getBlindSpots(tx: Tx, ctx: MemberContext, locale: Locale) {
  refusePartner(ctx);
  const ws = ctx.workspaceId;
  const departmentRows = tx
    .select({
      id: departments.id,
      name: departments.name,
      pointPersonUserId: departments.pointPersonUserId,
      pointPersonName: sql<string | null>`coalesce(${users.name}, ${actors.name})`,
      total: sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${DEPARTMENT_ID})`,
      deep: sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${DEPARTMENT_ID} and ${externalActionDepartments.mode} in ('lead', 'co_construction'))`,
    })
    .from(departments)
    .leftJoin(users, eq(users.id, departments.pointPersonUserId))
    .leftJoin(actors, eq(actors.id, departments.pointPersonActorId))
    .where(eq(departments.workspaceId, ws))
    .orderBy(asc(departments.name))
    .all();
  const actionsWithoutCompetency = tx
    .select({ id: externalActions.id, title: externalActions.title, type: externalActions.type, status: externalActions.status, leadDepartments, budgetCents: budgetTotal })
    .from(externalActions)
    .where(
      and(
        eq(externalActions.workspaceId, ws),
        sql`not exists (select 1 from ${externalActionCompetencies} where ${externalActionCompetencies.actionId} = ${ACTION_ID})`,
      ),
    )
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
  const competencies = listCompetencies(tx, ctx, locale);
  return {
    departmentsNeverMobilised: departmentRows.filter((d) => d.total === 0),
    departmentsOnlyAdHoc: departmentRows.filter((d) => d.total > 0 && d.deep === 0),
    actionsWithoutCompetency,
    competenciesWithoutAction: competencies.filter((c) => !c.hidden && c.actionCount === 0),
    totals: {
      departments: departmentRows.length,
      actions: tx.select({ n: count() }).from(externalActions).where(eq(externalActions.workspaceId, ws)).get()?.n ?? 0,
      competencies: competencies.filter((c) => !c.hidden).length,
    },
  };
}

/** Options of the table's filters: the countries and partners actually used by the actions. */
export function listFilterOptions(tx: Tx, ctx: MemberContext) {
  const countries = tx
    .all<{ code: string }>(
      sql`select distinct value as code from ${externalActions}, json_each(${externalActions.countries}) where ${externalActions.workspaceId} = ${ctx.workspaceId}`,
    )
    .map((r) => r.code);
  const partners = tx
    .selectDistinct({ id: actors.id, name: actors.name })
    .from(externalActionActors)
    .innerJoin(actors, eq(actors.id, externalActionActors.actorId))
    .where(and(eq(externalActionActors.workspaceId, ctx.workspaceId), eq(externalActionActors.role, 'partner')))
    .orderBy(asc(actors.normalizedName))
    .all();
  return { countries, partners };
}
