import 'server-only';
import { z } from 'zod';
import { listAxes } from '@/lib/strategy/axis-queries';
import { listIndicators } from '@/lib/strategy/indicator-queries';
import { define, Id, Pagination, slice, type ApiEndpoint } from './define';
import { pickFields } from '@/lib/pick-fields';

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

/** The strategy's axes and indicators. */
export const STRATEGY_ENDPOINTS: ApiEndpoint[] = [
  define({
    resource: 'axes',
    summary: 'Axes of the strategy, in order.',
    query: z.object({ ...Pagination }),
    item: AxisItem,
    list: (tx, ctx, q) =>
      slice(
        listAxes(tx, ctx).map((a) => ({
          ...pickFields(a, ['id', 'title', 'objectives', 'position']),
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
          ...pickFields(i, ['id', 'name', 'unit', 'axisId', 'actionId', 'baseline', 'target', 'targetDate', 'frequency']),
          values: i.values.map((v) => pickFields(v, ['observedOn', 'value'])),
        })),
        q.page,
        q.limit,
      ),
  }),
];
