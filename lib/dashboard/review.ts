import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import { listVersions } from '@/lib/strategy-document/queries';
import type { DashboardReviewState } from '@/components/dashboard/review-block';

/**
 * The review block's data: the review's state (from the review workflow) and the latest saved
 * version, for the words shown before any review started.
 */
export function getDashboardReview(tx: Tx, ctx: MemberContext) {
  const latest = listVersions(tx, ctx)[0] ?? null;
  const state: DashboardReviewState | null = null;
  return {
    state,
    latestVersion: latest ? { name: latest.name, createdAt: latest.createdAt } : null,
    href: (base: string) => `${base}/document`,
  };
}
