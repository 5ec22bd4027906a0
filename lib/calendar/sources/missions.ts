import 'server-only';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { missionFollowUps, missions } from '@/db/schema';
import { can } from '@/lib/auth/policy';
import { visibleMissions } from '@/lib/missions/queries';
import type { CalendarEvent, CalendarSource } from '../types';
import { pickColumns } from '@/lib/pick-columns';

/** The day a debrief is due: `debriefDays` after the return (as lib/missions/queries.ts counts it). */
const debriefDue = sql<string>`date(${missions.endDate}, '+' || ${missions.debriefDays} || ' days')`;

/**
 * Missions and delegations (their first day), their debriefs' due days and their follow-up items,
 * as the missions pages show them: a partner only their partnership's (visibleMissions). A debrief
 * is "mine" for the person it is assigned to; a follow-up for its owner.
 */
export const missionSource: CalendarSource = {
  key: 'mission',
  permission: 'missions.read',
  events: (tx, ctx, range, today) => {
    const events: CalendarEvent[] = [];
    const visible = visibleMissions(ctx);
    const starts = tx
      .select({ id: missions.id, title: missions.title, direction: missions.direction, startDate: missions.startDate, endDate: missions.endDate })
      .from(missions)
      .where(and(...visible, gte(missions.startDate, range.from), lte(missions.startDate, range.to)))
      .limit(500)
      .all();
    for (const m of starts) {
      events.push({
        uid: `mission-${m.id}`,
        source: 'mission',
        date: m.startDate,
        title: { key: m.direction === 'received' ? 'calendar.events.missionReceived' : 'calendar.events.missionAbroad', values: { title: m.title } },
        href: `/missions/${m.id}`,
        status: m.endDate < today ? 'done' : 'planned',
        mine: false,
      });
    }
    if (can(ctx.role, 'missions.debrief')) {
      const debriefs = tx
        .select({ id: missions.id, title: missions.title, due: debriefDue, submittedAt: missions.debriefSubmittedAt, assigneeId: missions.debriefAssigneeId })
        .from(missions)
        .where(and(...visible, sql`${debriefDue} >= ${range.from}`, sql`${debriefDue} <= ${range.to}`))
        .limit(500)
        .all();
      for (const d of debriefs) {
        const done = d.submittedAt !== null;
        events.push({
          uid: `debrief-${d.id}`,
          source: 'debrief',
          date: d.due,
          title: { key: 'calendar.events.debrief', values: { title: d.title } },
          href: `/missions/${d.id}/debrief`,
          status: done ? 'done' : d.due < today ? 'late' : 'planned',
          mine: !done && d.assigneeId === ctx.userId,
        });
      }
    }
    const followUps = tx
      .select({
        ...pickColumns(missionFollowUps, ['id', 'missionId', 'title', 'dueDate', 'done', 'ownerId']),
        mission: missions.title,
      })
      .from(missionFollowUps)
      .innerJoin(missions, and(eq(missions.id, missionFollowUps.missionId)))
      .where(and(...visible, gte(missionFollowUps.dueDate, range.from), lte(missionFollowUps.dueDate, range.to)))
      .limit(500)
      .all();
    for (const f of followUps) {
      events.push({
        uid: `missionFollowUp-${f.id}`,
        source: 'missionFollowUp',
        date: f.dueDate,
        title: { key: 'calendar.events.missionFollowUp', values: { title: f.title, mission: f.mission } },
        href: `/missions/${f.missionId}`,
        status: f.done ? 'done' : f.dueDate < today ? 'late' : 'planned',
        mine: !f.done && f.ownerId === ctx.userId,
      });
    }
    return events;
  },
};
