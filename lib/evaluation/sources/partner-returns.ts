import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { partnershipContributions, partnerships } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/member';
import type { Cell } from '../types';
import { yearInstants, type EvaluationSource } from './source';
import { contributionColumns } from '@/lib/partnerships/columns';

/**
 * The returns gap on both sides of each partnership (issue 21.3: returns recorded by partners):
 * what each side expects, and what each side recorded as observed during the year; then the
 * partner side's observed returns of the year, as they wrote them (in their language).
 */
export const partnerReturnsSource: EvaluationSource = {
  key: 'partnerReturns',
  assemble(tx: Tx, ctx: MemberContext, year: number) {
    const { from, to } = yearInstants(year);
    const list = tx
      .select({ id: partnerships.id, title: partnerships.title })
      .from(partnerships)
      .where(eq(partnerships.workspaceId, ctx.workspaceId))
      .orderBy(asc(partnerships.title))
      .all();
    const entries = tx
      .select({
        partnershipId: partnershipContributions.partnershipId,
        ...contributionColumns,
        createdAt: partnershipContributions.createdAt,
      })
      .from(partnershipContributions)
      .where(eq(partnershipContributions.workspaceId, ctx.workspaceId))
      .orderBy(asc(partnershipContributions.createdAt))
      .all();
    const inYear = (e: { createdAt: Date }) => e.createdAt >= from && e.createdAt < to;
    const count = (id: string, side: string, kind: 'expects' | 'observed') =>
      entries.filter((e) => e.partnershipId === id && e.side === side && e.kind === kind && (kind === 'expects' || inYear(e))).length;
    const rows: Cell[][] = list.map((p) => [
      p.title,
      count(p.id, 'team', 'expects'),
      count(p.id, 'team', 'observed'),
      count(p.id, 'partner', 'expects'),
      count(p.id, 'partner', 'observed'),
    ]);
    const title = new Map(list.map((p) => [p.id, p.title]));
    const observed: Cell[][] = entries
      .filter((e) => e.side === 'partner' && e.kind === 'observed' && inYear(e))
      .map((e) => [title.get(e.partnershipId) ?? null, e.text, { language: e.language }, { day: e.createdAt.toISOString().slice(0, 10) }]);
    return {
      key: 'partnerReturns',
      tables: [
        {
          id: 'partnerReturns',
          caption: 'partnerReturns',
          columns: ['partnership', 'teamExpects', 'teamObservedInYear', 'partnerExpects', 'partnerObservedInYear'],
          rows,
        },
        { id: 'partnerObserved', caption: 'partnerObserved', columns: ['partnership', 'observedReturn', 'language', 'recordedOn'], rows: observed },
      ],
    };
  },
};
