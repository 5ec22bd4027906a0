import 'server-only';
import { myRoundLists } from '@/lib/strategy/round-queries';
import type { CalendarSource } from '../types';

/**
 * The due day of each open reporting round, for the members who report indicators in it: their
 * list on the home page's due list (issue 21, point 2) until the round closes, saying how many
 * values are left; late once the due day is past with values still missing.
 */
export const reportingRoundSource: CalendarSource = {
  key: 'round',
  permission: 'strategy.indicators.update',
  events: (tx, ctx, range, today) =>
    myRoundLists(tx, ctx)
      .filter(({ round }) => round.dueOn >= range.from && round.dueOn <= range.to)
      .map(({ round, items }) => {
        const left = items.filter((i) => !i.entered).length;
        return {
          uid: `round-${round.id}`,
          source: 'round',
          date: round.dueOn,
          title: { key: 'calendar.events.round', values: { year: String(round.year), count: String(left) } },
          href: '/strategy/rounds',
          status: left > 0 && round.dueOn < today ? 'late' : 'planned',
          mine: true,
        };
      }),
};
