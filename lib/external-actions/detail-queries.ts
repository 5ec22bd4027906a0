import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actors,
  departments,
  expectedReturns,
  externalActionActors,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActionDepartments,
  externalActionSdgs,
  observedReturns,
} from '@/db/schema';
import { isPartnerFamily, PARTNER_FAMILIES } from '@/db/schema/actors';
import type { MemberContext } from '@/lib/auth/session';
import { competencyRef } from '@/lib/competencies/schemas';
import { canEditAction, getExternalAction } from './access-queries';
import { budgetLineFormValues, listBudgetLines } from './budget-lines';

// One action with everything linked to it.

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
    budgetLines: detail.budgetLines.map(budgetLineFormValues),
    expectedReturns: detail.expected.map((e) => ({
      id: e.id,
      category: e.category,
      description: e.description,
      indicator: e.indicator ?? '',
      target: e.target ?? '',
    })),
  };
}

/** An action with everything linked to it: a fixed number of queries whatever its size. */
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
    .orderBy(
      sql`case ${externalActionDepartments.mode} when 'lead' then 0 when 'co_construction' then 1 when 'expertise' then 2 else 3 end`,
      asc(departments.name),
    )
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
  const budgetLines = listBudgetLines(tx, ctx.workspaceId, externalActionBudgetLines, externalActionBudgetLines.actionId, id);
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
    partners: rows
      .filter((r) => isPartnerFamily(r.family))
      .map(({ id, name, country, family }) => ({ id, name, country: family === 'national' ? null : country })),
    territorial: rows.filter((r) => r.family === 'territorial').map(({ id, name, country }) => ({ id, name, country })),
  };
}
