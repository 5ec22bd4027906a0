import 'server-only';
import { and, eq, gte, lte } from 'drizzle-orm';
import { documentVersions, reviewReviewers, reviews } from '@/db/schema';
import type { CalendarSource } from '../types';

/** Review cycles' due dates (members who read the document); the reader's own while they are a named reviewer who has not decided. */
export const reviewSource: CalendarSource = {
  key: 'review',
  permission: 'document.read',
  events: (tx, ctx, range, today) => {
    const rows = tx
      .select({ id: reviews.id, status: reviews.status, dueDate: reviews.dueDate, version: documentVersions.name, decision: reviewReviewers.decision })
      .from(reviews)
      .innerJoin(documentVersions, eq(documentVersions.id, reviews.versionId))
      .leftJoin(reviewReviewers, and(eq(reviewReviewers.reviewId, reviews.id), eq(reviewReviewers.userId, ctx.userId)))
      .where(and(eq(reviews.workspaceId, ctx.workspaceId), gte(reviews.dueDate, range.from), lte(reviews.dueDate, range.to)))
      .limit(500)
      .all();
    return rows.map((r) => {
      const open = r.status === 'in_review';
      return {
        uid: `review-${r.id}`,
        source: 'review',
        date: r.dueDate,
        title: { key: 'calendar.events.review', values: { version: r.version } },
        href: `/document/review/${r.id}`,
        status: !open ? 'done' : r.dueDate < today ? 'late' : 'planned',
        mine: open && r.decision === 'pending',
      };
    });
  },
};
