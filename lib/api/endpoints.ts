import 'server-only';
import { and, asc, count, eq, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { actorRelations } from '@/db/schema';
import { ACTOR_FAMILIES, ALL_ACTOR_CATEGORIES, RELATION_TYPES } from '@/db/enums/actors';
import { ACTION_STATUSES, ACTION_TYPES } from '@/db/enums/external-actions';
import type { MemberContext } from '@/lib/auth/session';
import { listActors } from '@/lib/actors/queries';
import { listExternalActions } from '@/lib/external-actions/list-queries';
import { listAxes } from '@/lib/strategy/axis-queries';
import { listIndicators } from '@/lib/strategy/indicator-queries';

/**
 * The read-only REST API v1 (docs/decisions/0025-read-only-api.md): each endpoint's query
 * parameters and item schema in zod (the OpenAPI document is generated from them, lib/api/openapi.ts)
 * and its read through the domain's existing query. One definition per resource, used by the route
 * handler, the OpenAPI document and the tests.
 */

export const MAX_LIMIT = 100;

const Pagination = {
  page: z.coerce.number().int().min(1).max(100000).default(1).describe('Page number, from 1.'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).describe(`Items per page, at most ${MAX_LIMIT}.`),
};
const Country = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((v) => v.toUpperCase())
  .describe('ISO 3166-1 alpha-2 country code.');
const Id = z.string().min(1).max(64);

export type Page<T> = { items: T[]; total: number };

const ActorItem = z.object({
  id: z.string(),
  name: z.string(),
  family: z.enum(ACTOR_FAMILIES),
  category: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  portfolio: z.string().nullable(),
  themes: z.array(z.string()),
  languages: z.array(z.string()),
  tags: z.array(z.string()),
  website: z.string().nullable(),
  influence: z.number().int(),
  interest: z.number().int(),
  updatedAt: z.string().describe('ISO 8601 date-time.'),
});

const RelationItem = z.object({
  id: z.string(),
  sourceId: z.string(),
  targetId: z.string(),
  type: z.enum(RELATION_TYPES),
  directed: z.boolean(),
  strength: z.number().int(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

const ActionItem = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(ACTION_TYPES),
  status: z.enum(ACTION_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  countries: z.array(z.string()),
  rationales: z.array(z.string()),
  budgetCents: z.number().int().describe('Sum of the budget lines, in cents.'),
  leadDepartments: z.string().nullable(),
  partnerNames: z.string().nullable(),
});

const AxisItem = z.object({
  id: z.string(),
  title: z.string(),
  objectives: z.array(z.string()),
  position: z.number().int(),
  actionCount: z.number().int(),
  indicatorCount: z.number().int(),
});

const IndicatorItem = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  axisId: z.string().nullable(),
  actionId: z.string().nullable(),
  baseline: z.number(),
  target: z.number(),
  targetDate: z.string(),
  frequency: z.string(),
  values: z.array(z.object({ observedOn: z.string(), value: z.number() })),
});

export type ApiEndpoint = {
  resource: string;
  summary: string;
  query: z.ZodObject;
  item: z.ZodObject;
  list: (tx: Tx, ctx: MemberContext, query: Record<string, unknown>) => Page<unknown>;
};

function define<Q extends z.ZodObject, I extends z.ZodObject>(e: {
  resource: string;
  summary: string;
  query: Q;
  item: I;
  list: (tx: Tx, ctx: MemberContext, query: z.output<Q>) => Page<z.output<I>>;
}): ApiEndpoint {
  return e as unknown as ApiEndpoint;
}

/** A page of a list already read whole (axes and indicators: a few dozen per workspace). */
function slice<T>(all: T[], page: number, limit: number): Page<T> {
  return { items: all.slice((page - 1) * limit, page * limit), total: all.length };
}

export const ENDPOINTS: ApiEndpoint[] = [
  define({
    resource: 'actors',
    summary: 'Actors of the workspace (without their contact person’s personal data).',
    query: z.object({
      ...Pagination,
      category: z.enum(ALL_ACTOR_CATEGORIES as [string, ...string[]]).optional(),
      family: z.enum(ACTOR_FAMILIES).optional(),
      country: Country.optional(),
      q: z.string().trim().max(120).optional().describe('Text in the name or city.'),
    }),
    item: ActorItem,
    list: (tx, ctx, q) => {
      const { rows, total } = listActors(tx, ctx, {
        q: q.q || undefined,
        family: q.family,
        category: q.category as never,
        country: q.country,
        tag: undefined,
        theme: undefined,
        sort: 'name',
        dir: 'asc',
        page: q.page,
        size: q.limit,
      });
      return {
        total,
        items: rows.map((a) => ({
          id: a.id,
          name: a.name,
          family: a.family,
          category: a.category,
          country: a.country,
          city: a.city,
          portfolio: a.portfolio,
          themes: a.themes,
          languages: a.languages,
          tags: a.tags,
          website: a.website,
          influence: a.influence,
          interest: a.interest,
          updatedAt: a.updatedAt.toISOString(),
        })),
      };
    },
  }),
  define({
    resource: 'relations',
    summary: 'Relations between actors.',
    query: z.object({ ...Pagination, actor: Id.optional().describe('Only relations of this actor (either side).'), type: z.enum(RELATION_TYPES).optional() }),
    item: RelationItem,
    list: (tx, ctx, q) => {
      const conditions: (SQL | undefined)[] = [eq(actorRelations.workspaceId, ctx.workspaceId)];
      if (q.actor) conditions.push(or(eq(actorRelations.sourceId, q.actor), eq(actorRelations.targetId, q.actor)));
      if (q.type) conditions.push(eq(actorRelations.type, q.type));
      const where = and(...conditions);
      const total = tx.select({ n: count() }).from(actorRelations).where(where).get()?.n ?? 0;
      const items = tx
        .select({
          id: actorRelations.id,
          sourceId: actorRelations.sourceId,
          targetId: actorRelations.targetId,
          type: actorRelations.type,
          directed: actorRelations.directed,
          strength: actorRelations.strength,
          startDate: actorRelations.startDate,
          endDate: actorRelations.endDate,
        })
        .from(actorRelations)
        .where(where)
        .orderBy(asc(actorRelations.createdAt), asc(actorRelations.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit)
        .all();
      return { total, items };
    },
  }),
  define({
    resource: 'actions',
    summary: 'External actions of the workspace.',
    query: z.object({ ...Pagination, status: z.enum(ACTION_STATUSES).optional(), type: z.enum(ACTION_TYPES).optional(), country: Country.optional() }),
    item: ActionItem,
    list: (tx, ctx, q) => {
      const { rows, total } = listExternalActions(tx, ctx, {
        q: undefined,
        type: q.type,
        status: q.status,
        rationale: undefined,
        country: q.country,
        department: undefined,
        competency: undefined,
        partner: undefined,
        sort: 'title',
        dir: 'asc',
        page: q.page,
        size: q.limit,
      } as never);
      return {
        total,
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          type: r.type,
          status: r.status,
          startDate: r.startDate,
          endDate: r.endDate,
          countries: r.countries,
          rationales: r.rationales,
          budgetCents: Number(r.budgetCents),
          leadDepartments: r.leadDepartments,
          partnerNames: r.partnerNames,
        })),
      };
    },
  }),
  define({
    resource: 'axes',
    summary: 'Axes of the strategy, in order.',
    query: z.object({ ...Pagination }),
    item: AxisItem,
    list: (tx, ctx, q) =>
      slice(
        listAxes(tx, ctx).map((a) => ({
          id: a.id,
          title: a.title,
          objectives: a.objectives,
          position: a.position,
          actionCount: Number(a.actionCount),
          indicatorCount: Number(a.indicatorCount),
        })),
        q.page,
        q.limit,
      ),
  }),
  define({
    resource: 'indicators',
    summary: 'Indicators of the strategy with their observed values (without their owner).',
    query: z.object({ ...Pagination, axis: Id.optional().describe('Only the indicators of this axis.') }),
    item: IndicatorItem,
    list: (tx, ctx, q) =>
      slice(
        listIndicators(tx, ctx, { axisId: q.axis }).map((i) => ({
          id: i.id,
          name: i.name,
          unit: i.unit,
          axisId: i.axisId,
          actionId: i.actionId,
          baseline: i.baseline,
          target: i.target,
          targetDate: i.targetDate,
          frequency: i.frequency,
          values: i.values.map((v) => ({ observedOn: v.observedOn, value: v.value })),
        })),
        q.page,
        q.limit,
      ),
  }),
];

export function endpoint(resource: string): ApiEndpoint {
  const found = ENDPOINTS.find((e) => e.resource === resource);
  if (!found) throw new Error(`unknown API resource ${resource}`);
  return found;
}
