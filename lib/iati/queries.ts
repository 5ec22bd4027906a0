import 'server-only';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actors,
  coFinancingInstalments,
  coFinancingLines,
  expectedReturns,
  externalActionActors,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActions,
  externalActionSdgs,
  observedReturns,
  strategyActionPlacements,
  strategyAxes,
  workspaces,
} from '@/db/schema';
import type { ActorCategory } from '@/db/schema/actors';
import { PARTNER_FAMILIES } from '@/db/schema/actors';
import { suggestSector } from './sectors';
import { budgetsOf, transactionsOf, type CoFundingSource } from './transactions';
import type { IatiActivity, IatiReporter } from './types';
import type { IatiFilter } from './schemas';
import { pickColumns } from '@/lib/pick-columns';
import { listWorkspaceOptions } from '@/lib/workspace-options';
import { pickFields } from '@/lib/pick-fields';

/** OrganisationType of a partner actor: 11 local government, 21/22 NGOs, 40 multilateral, 10 government, 70 other. */
const ORG_TYPES: Partial<Record<ActorCategory, string>> = {
  partner_authority: '11',
  french_authority: '11',
  authority_association: '11',
  partner_ngo: '21',
  international_org: '40',
  funder_ministry: '10',
  state_service: '10',
  state_operator: '10',
  funder_agency: '10',
  funder_eu: '40',
  embassy: '10',
};

export type IatiLoadOptions = {
  filter?: IatiFilter;
  /** Only these actions (the open data: those the published version lists). */
  actionIds?: readonly string[];
  /** Budgets and transactions (the open data includes them only when the budget figures are published). */
  money: boolean;
  /** Partner organisations by name (never people: only organisation families, lib/iati/queries.ts). */
  partners: boolean;
  /** Results from the expected and observed returns. */
  results: boolean;
  /** Budget lines' labels as transaction descriptions (free text: members only). */
  labels: boolean;
  /** A public page to link as `document-link`, if any. */
  documentUrl?: string | null;
};

/** The reporting authority, or null when its SIREN is not set (no IATI identifier can be built). */
export function iatiReporter(tx: Tx, workspaceId: string): (IatiReporter & { geoCode: string | null }) | null {
  const ws = tx.select().from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  if (!ws?.siren) return null;
  return { siren: ws.siren, name: ws.name, lang: ws.languages[0] ?? 'fr', geoCode: ws.geoCode };
}

function group<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/**
 * The workspace's actions as IATI activities (register order: title), filtered by axis and
 * status. Reads only non-personal columns: no creator, recorder, contact or evidence.
 */
export function loadIatiActivities(tx: Tx, workspaceId: string, lang: string, options: IatiLoadOptions): IatiActivity[] {
  const where: SQL[] = [eq(externalActions.workspaceId, workspaceId)];
  if (options.filter?.status) where.push(eq(externalActions.status, options.filter.status));
  if (options.actionIds) where.push(inArray(externalActions.id, [...options.actionIds]));
  let query = tx
    .select(pickColumns(externalActions, ['id', 'title', 'description', 'status', 'startDate', 'endDate', 'countries', 'dacSector', 'createdAt', 'updatedAt']))
    .from(externalActions)
    .$dynamic();
  if (options.filter?.axis) {
    query = query.innerJoin(strategyActionPlacements, eq(strategyActionPlacements.actionId, externalActions.id));
    where.push(eq(strategyActionPlacements.axisId, options.filter.axis));
  }
  const rows = query
    .where(and(...where))
    .orderBy(asc(externalActions.normalizedTitle), asc(externalActions.id))
    .all();
  if (rows.length === 0) return [];
  const byWorkspace = <T extends { workspaceId: unknown }>(t: T) => eq(t.workspaceId as never, workspaceId);
  const ids = new Set(rows.map((r) => r.id));
  /** The rows of the actions loaded, grouped by action. */
  const byAction = <T extends { actionId: string }>(list: T[]) =>
    group(
      list.filter((r) => ids.has(r.actionId)),
      (r) => r.actionId,
    );

  const competencies = byAction(
    tx
      .select({ actionId: externalActionCompetencies.actionId, key: externalActionCompetencies.catalogueKey })
      .from(externalActionCompetencies)
      .where(byWorkspace(externalActionCompetencies))
      .all(),
  );
  const sdgs = byAction(
    tx.select({ actionId: externalActionSdgs.actionId, sdg: externalActionSdgs.sdg }).from(externalActionSdgs).where(byWorkspace(externalActionSdgs)).all(),
  );
  const lines = options.money
    ? byAction(
        tx
          .select(pickColumns(externalActionBudgetLines, ['actionId', 'year', 'amountCents', 'label']))
          .from(externalActionBudgetLines)
          .where(byWorkspace(externalActionBudgetLines))
          .orderBy(asc(externalActionBudgetLines.year), asc(externalActionBudgetLines.position))
          .all(),
      )
    : new Map();
  const coFunding = options.money ? loadCoFunding(tx, workspaceId, ids) : new Map<string, CoFundingSource[]>();
  const partners = options.partners
    ? byAction(
        tx
          .select({ actionId: externalActionActors.actionId, name: actors.name, family: actors.family, category: actors.category })
          .from(externalActionActors)
          .innerJoin(actors, eq(actors.id, externalActionActors.actorId))
          .where(
            and(eq(externalActionActors.workspaceId, workspaceId), eq(externalActionActors.role, 'partner'), inArray(actors.family, [...PARTNER_FAMILIES])),
          )
          .orderBy(asc(actors.name))
          .all(),
      )
    : new Map();
  const expected = options.results
    ? byAction(tx.select().from(expectedReturns).where(byWorkspace(expectedReturns)).orderBy(asc(expectedReturns.position)).all())
    : new Map();
  const observed = options.results
    ? byAction(
        tx
          .select(pickColumns(observedReturns, ['actionId', 'expectedReturnId', 'description', 'observedOn']))
          .from(observedReturns)
          .where(byWorkspace(observedReturns))
          .orderBy(asc(observedReturns.observedOn))
          .all(),
      )
    : new Map();

  return rows.map((r): IatiActivity => {
    const actionLines = lines.get(r.id) ?? [];
    const seen = (observed.get(r.id) ?? []) as { expectedReturnId: string | null; description: string; observedOn: string }[];
    const results = ((expected.get(r.id) ?? []) as (typeof expectedReturns.$inferSelect)[]).map((e) => ({
      title: e.description,
      indicator: e.indicator?.trim() || e.description,
      target: e.target?.trim() || null,
      observed: seen.filter((o) => o.expectedReturnId === e.id).map((o) => ({ on: o.observedOn, text: o.description })),
    }));
    for (const o of seen.filter((o) => !o.expectedReturnId))
      results.push({ title: o.description, indicator: o.description, target: null, observed: [{ on: o.observedOn, text: o.description }] });
    return {
      id: r.id,
      title: [{ lang, text: r.title }],
      description: [{ lang, text: r.description?.trim() || r.title }],
      status: r.status,
      startDate: r.startDate,
      endDate: r.endDate,
      createdOn: r.createdAt.toISOString().slice(0, 10),
      updatedAt: r.updatedAt,
      countries: [...new Set(r.countries)],
      sector: r.dacSector ?? suggestSector((competencies.get(r.id) ?? []).flatMap((c) => (c.key ? [c.key] : []))),
      sdgs: [...new Set((sdgs.get(r.id) ?? []).map((s) => s.sdg))].sort((a, b) => a - b),
      partners: ((partners.get(r.id) ?? []) as { name: string; category: ActorCategory }[]).map((p) => ({
        ref: null,
        name: p.name,
        role: '4' as const,
        type: ORG_TYPES[p.category] ?? '70',
      })),
      budgets: budgetsOf(actionLines),
      transactions: transactionsOf(actionLines, { withLabels: options.labels }, coFunding.get(r.id) ?? []),
      results,
      documents: options.documentUrl ? [{ url: options.documentUrl, title: r.title, category: 'A12' }] : [],
    };
  });
}

/** The strategy's axes, for the export's axis filter. */
export function listAxisOptions(tx: Tx, workspaceId: string): { id: string; title: string }[] {
  return listWorkspaceOptions(tx, strategyAxes, workspaceId, pickColumns(strategyAxes, ['id', 'title']), strategyAxes.position);
}

/** The co-funders' lines of the actions' co-financing plans, with their instalments: two queries. */
function loadCoFunding(tx: Tx, workspaceId: string, ids: Set<string>): Map<string, CoFundingSource[]> {
  const lines = tx
    .select()
    .from(coFinancingLines)
    .where(eq(coFinancingLines.workspaceId, workspaceId))
    .orderBy(asc(coFinancingLines.year), asc(coFinancingLines.createdAt))
    .all()
    .filter((l) => ids.has(l.actionId));
  const instalments = group(
    tx.select().from(coFinancingInstalments).where(eq(coFinancingInstalments.workspaceId, workspaceId)).orderBy(asc(coFinancingInstalments.receivedOn)).all(),
    (i) => i.lineId,
  );
  const byAction = new Map<string, CoFundingSource[]>();
  for (const l of lines) {
    const list = byAction.get(l.actionId) ?? [];
    list.push({
      ...pickFields(l, ['year', 'funderKind', 'funderName', 'paidCents']),
      instalments: (instalments.get(l.id) ?? []).map((i) => ({ amountCents: i.amountCents, receivedOn: i.receivedOn })),
    });
    byAction.set(l.actionId, list);
  }
  return byAction;
}
