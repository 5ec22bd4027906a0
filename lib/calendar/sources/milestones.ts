import 'server-only';
import { listMilestonesInRange } from '@/lib/milestones/queries';
import type { CalendarSource } from '../types';

/** Milestones of the actions the reader may see (a partner: those shared with their authority); theirs when they may edit the action. */
export const milestoneSource: CalendarSource = {
  key: 'milestone',
  permission: 'externalActions.readShared',
  events: (tx, ctx, range, today) =>
    listMilestonesInRange(tx, ctx, range.from, range.to, () => new Date(`${today}T12:00:00Z`)).map((m) => ({
      uid: `milestone-${m.id}`,
      source: 'milestone',
      date: m.dueOn,
      title: {
        key: m.label ? 'calendar.events.milestoneLabelled' : 'calendar.events.milestone',
        values: { kind: m.kind, label: m.label ?? '', action: m.actionTitle },
        translate: { kind: 'milestones.kinds' },
      },
      href: `/actions/${m.actionId}`,
      status: m.status,
      mine: m.editable,
    })),
};
