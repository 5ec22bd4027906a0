import 'server-only';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { coFinancingLines, externalActions } from '@/db/schema';
import { FUNDER_KINDS, INSTALMENT_CONDITIONS } from '@/db/enums/co-financing';
import { listInstalmentsOf } from '@/lib/co-financing/queries';
import { pickColumns } from '@/lib/pick-columns';
import { countWhere, define, Id, Pagination, type ApiEndpoint } from './define';
import { pickFields } from '@/lib/pick-fields';

const InstalmentItem = z.object({
  amountCents: z.number().int(),
  condition: z.enum(INSTALMENT_CONDITIONS),
  dueOn: z.string().nullable().describe('YYYY-MM-DD.'),
  receivedOn: z.string().nullable().describe('YYYY-MM-DD, null until received.'),
});

const CoFinancingItem = z.object({
  id: z.string(),
  actionId: z.string(),
  actionTitle: z.string(),
  year: z.number().int(),
  funderKind: z.enum(FUNDER_KINDS),
  funderName: z.string().nullable(),
  callYear: z.number().int().nullable().describe('The year of the foreign ministry’s call (ministry_call only).'),
  askedCents: z.number().int(),
  grantedCents: z.number().int().nullable().describe('Null until the funder decides.'),
  paidCents: z.number().int(),
  staffDays: z.number().int(),
  staffDailyCostCents: z.number().int(),
  instalments: z.array(InstalmentItem),
});

/**
 * The actions' co-financing plans (lib/co-financing, docs/decisions/0026): one item per funder's
 * line, amounts in integer cents, with its instalments. Two queries per page (lines, then the
 * page's instalments), plus the count.
 */
export const CO_FINANCING_ENDPOINTS: ApiEndpoint[] = [
  define({
    resource: 'co-financing',
    summary: 'Co-financing plans: each funder’s line per action and year, in cents, with its instalments.',
    query: z.object({
      ...Pagination,
      action: Id.optional().describe('Only the lines of this action.'),
      year: z.coerce.number().int().min(1990).max(2100).optional().describe('Only the lines of this year.'),
    }),
    item: CoFinancingItem,
    list: (tx, ctx, q) => {
      const conditions: SQL[] = [eq(coFinancingLines.workspaceId, ctx.workspaceId)];
      if (q.action) conditions.push(eq(coFinancingLines.actionId, q.action));
      if (q.year !== undefined) conditions.push(eq(coFinancingLines.year, q.year));
      const where = and(...conditions);
      const total = countWhere(tx, coFinancingLines, where);
      const lines = tx
        .select({
          ...pickColumns(coFinancingLines, ['id', 'actionId']),
          actionTitle: externalActions.title,
          ...pickColumns(coFinancingLines, [
            'year',
            'funderKind',
            'funderName',
            'callYear',
            'askedCents',
            'grantedCents',
            'paidCents',
            'staffDays',
            'staffDailyCostCents',
          ]),
        })
        .from(coFinancingLines)
        .innerJoin(externalActions, eq(externalActions.id, coFinancingLines.actionId))
        .where(where)
        .orderBy(asc(coFinancingLines.year), asc(externalActions.normalizedTitle), asc(coFinancingLines.createdAt), asc(coFinancingLines.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit)
        .all();
      const instalments = listInstalmentsOf(tx, ctx, lines);
      return {
        total,
        items: lines.map((l) => ({
          ...l,
          instalments: instalments.filter((i) => i.lineId === l.id).map((i) => pickFields(i, ['amountCents', 'condition', 'dueOn', 'receivedOn'])),
        })),
      };
    },
  }),
];
