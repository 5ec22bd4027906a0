import 'server-only';
import { listIndicators } from '@/lib/strategy/queries';
import type { CalendarSource } from '../types';

/** When each indicator's next value is due (members who read the strategy); the reader's own when they own it. */
export const indicatorSource: CalendarSource = {
  key: 'indicator',
  permission: 'strategy.read',
  events: (tx, ctx, range, today) =>
    listIndicators(tx, ctx, { clock: () => new Date(`${today}T12:00:00Z`) })
      .filter((i) => i.progress.dueOn >= range.from && i.progress.dueOn <= range.to)
      .map((i) => ({
        uid: `indicator-${i.id}-${i.progress.dueOn}`,
        source: 'indicator',
        date: i.progress.dueOn,
        title: { key: 'calendar.events.indicator', values: { name: i.name } },
        href: `/strategy/indicators/${i.id}`,
        status: i.progress.overdue ? 'late' : 'planned',
        mine: i.ownerId === ctx.userId,
      })),
};
