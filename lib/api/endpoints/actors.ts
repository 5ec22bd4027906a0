import 'server-only';
import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { actorRelations } from '@/db/schema';
import { ACTOR_FAMILIES, ALL_ACTOR_CATEGORIES, RELATION_TYPES } from '@/db/enums/actors';
import { listActors } from '@/lib/actors/queries';
import { pickColumns } from '@/lib/pick-columns';
import { countWhere, Country, define, Id, Pagination, type ApiEndpoint } from './define';
import { pickFields } from '@/lib/pick-fields';

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

/** Actors and the relations between them. */
export const ACTOR_ENDPOINTS: ApiEndpoint[] = [
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
          ...pickFields(a, [
            'id',
            'name',
            'family',
            'category',
            'country',
            'city',
            'portfolio',
            'themes',
            'languages',
            'tags',
            'website',
            'influence',
            'interest',
          ]),
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
      const total = countWhere(tx, actorRelations, where);
      const items = tx
        .select(pickColumns(actorRelations, ['id', 'sourceId', 'targetId', 'type', 'directed', 'strength', 'startDate', 'endDate']))
        .from(actorRelations)
        .where(where)
        .orderBy(asc(actorRelations.createdAt), asc(actorRelations.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit)
        .all();
      return { total, items };
    },
  }),
];
