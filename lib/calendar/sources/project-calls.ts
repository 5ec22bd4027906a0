import 'server-only';
import { listProjectCallsInRange } from '@/lib/project-calls/queries';
import type { CalendarSource } from '../types';

/** Deadlines of the calls for projects the authority watches (the team, not partners); none is anyone's own task. */
export const projectCallSource: CalendarSource = {
  key: 'projectCall',
  permission: 'projectCalls.read',
  events: (tx, ctx, range, today) =>
    listProjectCallsInRange(tx, ctx, range.from, range.to).map((c) => ({
      uid: `project-call-${c.id}`,
      source: 'projectCall',
      date: c.deadline,
      title: { key: 'calendar.events.projectCall', values: { title: c.title, funder: c.funder } },
      href: `/calendar/calls#call-${c.id}`,
      status: c.deadline < today ? 'done' : 'planned',
      mine: false,
    })),
};
