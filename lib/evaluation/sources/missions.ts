import { and, asc, gte, lte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { missions } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/member';
import { visibleMissions } from '@/lib/missions/queries';
import type { Cell } from '../types';
import { yearBounds, type EvaluationSource } from './source';
import { pickColumns } from '@/lib/pick-columns';

/** How far a mission's debrief went: submitted, started (saved, not submitted), or none yet. */
function debriefState(m: { debriefSubmittedAt: Date | null; debriefSummary: string | null }) {
  if (m.debriefSubmittedAt) return 'submitted';
  return m.debriefSummary ? 'draft' : 'missing';
}

/**
 * The missions that took place during the year (any day of them in it), with their debrief when
 * present: its state and its summary as written.
 */
export const missionsSource: EvaluationSource = {
  key: 'missions',
  assemble(tx: Tx, ctx: MemberContext, year: number) {
    const { from, to } = yearBounds(year);
    const list = tx
      .select(pickColumns(missions, ['title', 'country', 'startDate', 'endDate', 'debriefSubmittedAt', 'debriefSummary']))
      .from(missions)
      .where(and(...visibleMissions(ctx), lte(missions.startDate, to), gte(missions.endDate, from)))
      .orderBy(asc(missions.startDate), asc(missions.title))
      .all();
    const rows: Cell[][] = list.map((m) => [
      m.title,
      { country: m.country },
      { day: m.startDate },
      { day: m.endDate },
      { label: `evaluation.debrief.${debriefState(m)}` },
      m.debriefSummary ?? null,
    ]);
    return {
      key: 'missions',
      tables: [{ id: 'missions', caption: 'missions', columns: ['mission', 'country', 'start', 'end', 'debrief', 'debriefSummary'], rows }],
    };
  },
};
