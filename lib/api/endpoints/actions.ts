import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { externalActions, strategyActionPlacements } from '@/db/schema';
import { ACTION_STATUSES, ACTION_TYPES } from '@/db/enums/external-actions';
import { listExternalActions } from '@/lib/external-actions/list-queries';
import { Country, define, Id, Pagination, type ApiEndpoint } from './define';
import { pickFields } from '@/lib/pick-fields';

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

/** The actions placed on an axis: one subquery condition, whatever the number of actions. */
const onAxis = (workspaceId: string, axisId: string) =>
  sql`${externalActions.id} in (select ${strategyActionPlacements.actionId} from ${strategyActionPlacements} where ${and(
    eq(strategyActionPlacements.workspaceId, workspaceId),
    eq(strategyActionPlacements.axisId, axisId),
  )})`;

export const ACTION_ENDPOINTS: ApiEndpoint[] = [
  define({
    resource: 'actions',
    summary: 'External actions of the workspace.',
    query: z.object({
      ...Pagination,
      status: z.enum(ACTION_STATUSES).optional(),
      type: z.enum(ACTION_TYPES).optional(),
      country: Country.optional(),
      axis: Id.optional().describe('Only the actions placed on this axis of the strategy.'),
    }),
    item: ActionItem,
    list: (tx, ctx, q) => {
      const { rows, total } = listExternalActions(
        tx,
        ctx,
        {
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
        } as never,
        q.axis ? [onAxis(ctx.workspaceId, q.axis)] : [],
      );
      return {
        total,
        items: rows.map((r) => ({
          ...pickFields(r, ['id', 'title', 'type', 'status', 'startDate', 'endDate', 'countries', 'rationales']),
          budgetCents: Number(r.budgetCents),
          ...pickFields(r, ['leadDepartments', 'partnerNames']),
        })),
      };
    },
  }),
];
