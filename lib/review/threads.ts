import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getInWorkspace } from '@/lib/workspace-rows';
import { userName } from '@/lib/user-names';
import type { Tx } from '@/db/client';
import { comments, commentThreads, memberships, users } from '@/db/schema';
import type { Comment, CommentThread } from '@/db/schema/review';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/policy';
import { NotFound } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { extractMentions } from './mentions';
import { updateInWorkspace } from '@/lib/workspace-row-writes';

/**
 * Comment threads on sections, shared by the review (threads on a saved version, `scope`
 * 'review') and by other modules on live sections (`versionId` null, for instance a partnership's
 * comments, `scope` 'partnership:<id>'). Callers authorise first; these functions scope every
 * row to the caller's workspace and tell the people concerned.
 */
export type ThreadTarget = {
  scope: string;
  sectionId: string;
  /** The saved version commented on, or null for the live section. */
  versionId: string | null;
  reviewId?: string | null;
};

export type ThreadAnchor = { quote: string; start: number; end: number } | null;

export type ThreadOptions = {
  /** Where the notifications lead, relative to the workspace (`/document/review/<id>`…). */
  href: string;
  /** Who may be mentioned and told (members whose role has it): 'document.read' for the review. */
  audience: Permission;
  /** Words for the notifications: the version's or the section's name. */
  params: Record<string, string>;
  /** People told of a new thread besides those mentioned (for instance the review's submitter). */
  alsoTell?: readonly (string | null)[];
};

export type ThreadWithComments = CommentThread & { comments: Comment[]; createdByName: string | null };

function authorName(tx: Tx, ctx: MemberContext) {
  return userName(tx, ctx.userId);
}

function mentionable(tx: Tx, workspaceId: string, audience: Permission) {
  return tx
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .all()
    .filter((m) => can(m.role as Role, audience));
}

function insertComment(tx: Tx, ctx: MemberContext, threadId: string, body: string, options: ThreadOptions, participants: string[], now: Date) {
  const name = authorName(tx, ctx);
  const mentions = extractMentions(body, mentionable(tx, ctx.workspaceId, options.audience)).filter((id) => id !== ctx.userId);
  const id = crypto.randomUUID();
  tx.insert(comments).values({ id, workspaceId: ctx.workspaceId, threadId, authorId: ctx.userId, authorName: name, body, mentions, createdAt: now }).run();
  const excerpt = body.length > 140 ? `${body.slice(0, 139)}…` : body;
  const common = { workspaceId: ctx.workspaceId, actorId: ctx.userId, href: options.href, permission: options.audience, now };
  notify(tx, { ...common, recipients: mentions, kind: 'mention', params: { ...options.params, actor: name, body: excerpt } });
  notify(tx, {
    ...common,
    recipients: participants.filter((p) => !mentions.includes(p)),
    kind: 'comment',
    params: { ...options.params, actor: name, body: excerpt },
  });
  return { id, mentions };
}

/** Opens a thread with its first comment, on a passage (`anchor`) or the whole section. */
export function openThread(tx: Tx, ctx: MemberContext, target: ThreadTarget, body: string, anchor: ThreadAnchor, options: ThreadOptions, now = new Date()) {
  const id = crypto.randomUUID();
  tx.insert(commentThreads)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      scope: target.scope,
      sectionId: target.sectionId,
      versionId: target.versionId,
      reviewId: target.reviewId ?? null,
      quote: anchor?.quote ?? null,
      anchorStart: anchor?.start ?? null,
      anchorEnd: anchor?.end ?? null,
      status: 'open',
      createdById: ctx.userId,
      resolvedById: null,
      resolvedAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  const comment = insertComment(
    tx,
    ctx,
    id,
    body,
    options,
    (options.alsoTell ?? []).filter((p): p is string => !!p),
    now,
  );
  return { threadId: id, commentId: comment.id, mentions: comment.mentions };
}

/** One thread of the caller's workspace (and of `scope` when given), or NotFound. */
export function getThread(tx: Tx, ctx: MemberContext, threadId: string, scope?: string): CommentThread {
  const row = getInWorkspace(tx, commentThreads, ctx, threadId, 'reviewThreadNotFound');
  if (scope !== undefined && row.scope !== scope) throw new NotFound('reviewThreadNotFound');
  return row;
}

/** Replies in a thread; its participants (who opened it or wrote in it) are told, those mentioned too. */
export function replyInThread(tx: Tx, ctx: MemberContext, thread: CommentThread, body: string, options: ThreadOptions, now = new Date()) {
  const writers = tx.select({ authorId: comments.authorId }).from(comments).where(eq(comments.threadId, thread.id)).all();
  const participants = [thread.createdById, ...writers.map((w) => w.authorId), ...(options.alsoTell ?? [])].filter((p): p is string => !!p);
  tx.update(commentThreads).set({ updatedAt: now }).where(eq(commentThreads.id, thread.id)).run();
  return insertComment(tx, ctx, thread.id, body, options, [...new Set(participants)], now);
}

/** Resolves or reopens a thread. */
export function changeThreadStatus(tx: Tx, ctx: MemberContext, thread: CommentThread, status: 'open' | 'resolved', now = new Date()) {
  updateInWorkspace(
    tx,
    commentThreads,
    ctx,
    thread.id,
    status === 'resolved'
      ? { status, resolvedById: ctx.userId, resolvedAt: now, updatedAt: now }
      : { status, resolvedById: null, resolvedAt: null, updatedAt: now },
  );
}

/**
 * The threads of a scope with their comments in order (two queries, whatever the number): of a
 * saved version (`versionId`), of the live sections (`versionId: null`), or of one review.
 */
export function listThreads(
  tx: Tx,
  ctx: MemberContext,
  filter: { scope: string; versionId?: string | null; reviewId?: string; sectionId?: string },
): ThreadWithComments[] {
  const conditions = [eq(commentThreads.workspaceId, ctx.workspaceId), eq(commentThreads.scope, filter.scope)];
  if (filter.versionId === null) conditions.push(isNull(commentThreads.versionId));
  else if (filter.versionId !== undefined) conditions.push(eq(commentThreads.versionId, filter.versionId));
  if (filter.reviewId) conditions.push(eq(commentThreads.reviewId, filter.reviewId));
  if (filter.sectionId) conditions.push(eq(commentThreads.sectionId, filter.sectionId));
  const threads = tx
    .select({ thread: commentThreads, createdByName: users.name })
    .from(commentThreads)
    .leftJoin(users, eq(users.id, commentThreads.createdById))
    .where(and(...conditions))
    .orderBy(asc(commentThreads.createdAt))
    .all();
  if (threads.length === 0) return [];
  const all = tx
    .select()
    .from(comments)
    .where(
      and(
        eq(comments.workspaceId, ctx.workspaceId),
        inArray(
          comments.threadId,
          threads.map((t) => t.thread.id),
        ),
      ),
    )
    .orderBy(asc(comments.createdAt))
    .all();
  return threads.map((t) => ({ ...t.thread, createdByName: t.createdByName, comments: all.filter((c) => c.threadId === t.thread.id) }));
}
