import { and, eq, lte, gte, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { expectedReturns, observedReturns } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/member';
import { computeReturnsGap } from '@/lib/external-actions/gap';
import { expectedReturnsByCategory, observedReturnsByCategory } from '@/lib/external-actions/gap-queries';
import type { Cell } from '../types';
import { yearBounds, type EvaluationSource } from './source';

/**
 * The returns gap of the year on the authority's side (the returns page, lib/external-actions/gap.ts):
 * per category, the returns expected of the actions, how many an observation had answered by the
 * end of the year, and the returns observed during the year (answering one or unexpected). The
 * partner's side (issue 21.3) will be its own source beside this one.
 */
export const returnsSource: EvaluationSource = {
  key: 'returns',
  assemble(tx: Tx, ctx: MemberContext, year: number) {
    const { from, to } = yearBounds(year);
    const answered = sql<number>`sum(case when exists (select 1 from ${observedReturns} o where o.expected_return_id = ${expectedReturns.id} and o.observed_on <= ${to}) then 1 else 0 end)`;
    const expected = expectedReturnsByCategory(tx, ctx.workspaceId, answered);
    const observed = observedReturnsByCategory(
      tx,
      and(eq(observedReturns.workspaceId, ctx.workspaceId), gte(observedReturns.observedOn, from), lte(observedReturns.observedOn, to)),
    );
    const gap = computeReturnsGap({ expected, observed });
    const rows: Cell[][] = gap.rows.map((r) => [
      { label: `externalActions.returnCategories.${r.category}` },
      { label: `externalActions.returnScopes.${r.scope}` },
      r.expected,
      r.met,
      { percent: r.share },
      r.observed,
      r.unexpected,
    ]);
    const o = gap.overall;
    rows.push([{ label: 'evaluation.labels.total' }, null, o.expected, o.met, { percent: o.share }, o.observed, o.unexpected]);
    return {
      key: 'returns',
      tables: [{ id: 'returns', caption: 'returns', columns: ['category', 'scope', 'expected', 'met', 'share', 'observedInYear', 'unexpected'], rows }],
    };
  },
};
