import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { documentVersions } from '@/db/schema';
import type { Review } from '@/db/schema/review';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { getVersion } from '@/lib/strategy-document/queries';
import { changeThreadStatus, getThread, openThread, replyInThread, type ThreadOptions } from './threads';
import type { ReplyInput, ThreadInput, ThreadStatusInput } from './schemas';
import { REVIEW_SCOPE, check, getReviewRow } from './read-queries';
import { reviewHref } from './cycle-queries';

// The review's comment threads.

function threadOptions(tx: Tx, review: Review): ThreadOptions {
  const version = tx.select({ name: documentVersions.name }).from(documentVersions).where(eq(documentVersions.id, review.versionId)).get();
  return { href: reviewHref(review.id), audience: 'document.read', params: { version: version?.name ?? '' }, alsoTell: [review.submittedById] };
}

/**
 * Opens a thread on a section of the version under review. An anchor must quote the section's
 * frozen plain text: offsets that do not match are corrected when the quote occurs once, and a
 * quote absent from the section is refused.
 */
export function createReviewThread(tx: Tx, ctx: MemberContext, input: ThreadInput, now = new Date()): MutationOutcome<{ threadId: string }> {
  const review = getReviewRow(tx, ctx, input.reviewId);
  check(review.status, { type: 'comment', role: ctx.role });
  const version = getVersion(tx, ctx, review.versionId);
  const section = version.snapshot.sections.find((s) => s.id === input.sectionId);
  if (!section) throw new NotFound('reviewSectionNotFound');
  let anchor = input.anchor;
  if (anchor) {
    const text = section.kind === 'written' ? section.text : '';
    if (text.slice(anchor.start, anchor.end) !== anchor.quote) {
      const at = text.indexOf(anchor.quote);
      if (at < 0) throw new Invalid('invalid', { anchor: 'reviewQuoteNotFound' });
      anchor = { ...anchor, start: at, end: at + anchor.quote.length };
    }
  }
  const options = threadOptions(tx, review);
  options.params = { ...options.params, section: section.kind === 'written' ? section.title : (section.title ?? section.kind) };
  const { threadId, mentions } = openThread(
    tx,
    ctx,
    { scope: REVIEW_SCOPE, sectionId: section.id, versionId: version.id, reviewId: review.id },
    input.body,
    anchor,
    options,
    now,
  );
  return {
    data: { threadId },
    audit: {
      action: 'review.thread.open',
      entityType: 'comment_thread',
      entityId: threadId,
      changes: { reviewId: review.id, sectionId: section.id, anchored: !!anchor, mentions: mentions.length },
    },
  };
}

function reviewThread(tx: Tx, ctx: MemberContext, threadId: string) {
  const thread = getThread(tx, ctx, threadId, REVIEW_SCOPE);
  if (!thread.reviewId) throw new NotFound('reviewThreadNotFound');
  const review = getReviewRow(tx, ctx, thread.reviewId);
  return { thread, review };
}

/** Replies in a thread of an open review. */
export function replyToReviewThread(tx: Tx, ctx: MemberContext, input: ReplyInput, now = new Date()): MutationOutcome<{ commentId: string }> {
  const { thread, review } = reviewThread(tx, ctx, input.threadId);
  check(review.status, { type: 'comment', role: ctx.role });
  const { id, mentions } = replyInThread(tx, ctx, thread, input.body, threadOptions(tx, review), now);
  return {
    data: { commentId: id },
    audit: { action: 'review.thread.reply', entityType: 'comment_thread', entityId: thread.id, changes: { commentId: id, mentions: mentions.length } },
  };
}

/** Resolves or reopens a thread of an open review: whoever opened it, or an editor/admin. */
export function setReviewThreadStatus(tx: Tx, ctx: MemberContext, input: ThreadStatusInput, now = new Date()): MutationOutcome<null> {
  const { thread, review } = reviewThread(tx, ctx, input.threadId);
  check(review.status, { type: 'comment', role: ctx.role });
  if (thread.createdById !== ctx.userId && !can(ctx.role, 'review.submit')) throw new Forbidden('reviewCannotResolve');
  if (thread.status === input.status) return { data: null, audit: [] };
  changeThreadStatus(tx, ctx, thread, input.status, now);
  return {
    data: null,
    audit: {
      action: input.status === 'resolved' ? 'review.thread.resolve' : 'review.thread.reopen',
      entityType: 'comment_thread',
      entityId: thread.id,
      changes: { status: { from: thread.status, to: input.status } },
    },
  };
}
