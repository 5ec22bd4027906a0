import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import { getReviewState } from '@/lib/review/queries';
import { listVersions } from '@/lib/strategy-document/queries';

/** What the dashboard's review block shows of the review. */
export type DashboardReviewState = {
  status: 'none' | 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'adopted';
  versionName: string | null;
  dueDate: string | null;
  reviewers: { name: string; decision: string }[];
  openThreads: number;
};

/**
 * The review block's data: the review's state (lib/review, which owns the workflow) and the
 * latest saved version, for the words shown before any review started.
 */
export function getDashboardReview(tx: Tx, ctx: MemberContext) {
  const review = getReviewState(tx, ctx);
  const state: DashboardReviewState = {
    status: review.status,
    versionName: review.versionName,
    dueDate: review.dueDate,
    reviewers: review.reviewers,
    openThreads: review.openThreads,
  };
  const latest = state.status === 'none' ? null : (listVersions(tx, ctx)[0] ?? null);
  return {
    state,
    latestVersion: latest ? { name: latest.name, createdAt: latest.createdAt } : null,
    href: (base: string) => (review.reviewId ? `${base}/document/review/${review.reviewId}` : `${base}/document/review`),
  };
}
