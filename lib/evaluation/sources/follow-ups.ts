import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { listFollowUps } from '@/lib/diagnostic/follow-up-queries';
import type { Cell } from '../types';
import { yearInstants, type EvaluationSource } from './source';

/** The follow-up items (diagnostic recommendations turned into work, traced into the strategy) done during the year. */
export const followUpsSource: EvaluationSource = {
  key: 'followUps',
  assemble(tx: Tx, ctx: MemberContext, year: number) {
    const { from, to } = yearInstants(year);
    const rows: Cell[][] = listFollowUps(tx, ctx)
      .filter((f) => f.status === 'done' && f.updatedAt >= from && f.updatedAt < to)
      .map((f) => [f.title, f.diagnosticTitle, f.ownerName ?? null, { day: f.updatedAt.toISOString().slice(0, 10) }]);
    return { key: 'followUps', tables: [{ id: 'followUps', caption: 'followUps', columns: ['item', 'diagnostic', 'owner', 'doneOn'], rows }] };
  },
};

/** The open recommendations of the diagnostics as they are when assembled: the items still to do or in progress. */
export function openRecommendations(tx: Tx, ctx: MemberContext) {
  return listFollowUps(tx, ctx).filter((f) => f.status === 'open' || f.status === 'in_progress');
}

/** The diagnostic recommendations still open, which the next diagnostic starts from. */
export const recommendationsSource: EvaluationSource = {
  key: 'recommendations',
  assemble(tx: Tx, ctx: MemberContext) {
    const rows: Cell[][] = openRecommendations(tx, ctx).map((f) => [
      f.title,
      f.diagnosticTitle,
      f.ownerName ?? null,
      f.dueOn ? { day: f.dueOn } : null,
      { label: `diagnostic.followUp.statuses.${f.status}` },
    ]);
    return {
      key: 'recommendations',
      tables: [{ id: 'recommendations', caption: 'recommendations', columns: ['item', 'diagnostic', 'owner', 'dueOn', 'status'], rows }],
    };
  },
};
