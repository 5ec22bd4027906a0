import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import { getReviewState, type ReviewStateSummary } from '@/lib/review/queries';
import { listVersions } from '@/lib/strategy-document/queries';

/** What the dashboard's review block shows of the review: its state, without the link (`href` builds it). */
export type DashboardReviewState = Omit<ReviewStateSummary, 'reviewId'>;

/**
 * The review block's data: the review's state (lib/review, which owns the workflow) and the
 * latest saved version, for the words shown before any review started.
 */
export function getDashboardReview(tx: Tx, ctx: MemberContext) {
  const { reviewId, ...state } = getReviewState(tx, ctx);
  const latest = state.status === 'none' ? null : (listVersions(tx, ctx)[0] ?? null);
  return {
    state,
    latestVersion: latest ? { name: latest.name, createdAt: latest.createdAt } : null,
    href: (base: string) => (reviewId ? `${base}/document/review/${reviewId}` : `${base}/document/review`),
  };
}
