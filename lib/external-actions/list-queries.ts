import 'server-only';
import { and, asc, count, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actors,
  departments,
  expectedReturns,
  externalActionActors,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActionDepartments,
  externalActions,
  observedReturns,
} from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import { normalizeName } from '@/lib/actors/schemas';
import { parseCompetencyRef } from '@/lib/competencies/schemas';
import type { ExternalActionFilter } from './schemas';
import { ACTION_ID, visibleActions } from './access-queries';
import { pickColumns } from '@/lib/pick-columns';

// The actions table, its filters and the pickers of other pages.

export const budgetTotal = sql<number>`(select coalesce(sum(${externalActionBudgetLines.amountCents}), 0) from ${externalActionBudgetLines} where ${externalActionBudgetLines.actionId} = ${ACTION_ID})`;
export const leadDepartments = sql<
  string | null
>`(select group_concat(${departments.name}, ', ') from ${externalActionDepartments} join ${departments} on ${departments.id} = ${externalActionDepartments.departmentId} where ${externalActionDepartments.actionId} = ${ACTION_ID} and ${externalActionDepartments.mode} = 'lead')`;
const departmentCount = sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.actionId} = ${ACTION_ID})`;
const partnerNames = sql<
  string | null
>`(select group_concat(${actors.name}, ', ') from ${externalActionActors} join ${actors} on ${actors.id} = ${externalActionActors.actorId} where ${externalActionActors.actionId} = ${ACTION_ID} and ${externalActionActors.role} = 'partner')`;
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

/**
 * One page of the actions table, filtered, sorted and counted in SQL (one statement per page).
 * `extra`: more conditions on the actions (the API's axis filter).
 */
export function listExternalActions(tx: Tx, ctx: MemberContext, filter: ExternalActionFilter, extra: SQL[] = []) {
  const where = and(...filterConditions(ctx, filter), ...extra);
  const total = tx.select({ n: count() }).from(externalActions).where(where).get()?.n ?? 0;
  const column = SORT_COLUMNS[filter.sort];
  const rows = tx
    .select({
      ...pickColumns(externalActions, ['id', 'title', 'type', 'status', 'startDate', 'endDate', 'countries', 'rationales']),
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
