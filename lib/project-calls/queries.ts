import 'server-only';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { assertReferenceInWorkspace } from '@/lib/foreign-reference';
import { deleteInWorkspace } from '@/lib/workspace-row-writes';
import { externalActions, projectCalls } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import type { ProjectCallInput } from './schemas';
import { pickColumns } from '@/lib/pick-columns';
import { getInWorkspace } from '@/lib/workspace-rows';

// Calls for projects: a small register of the workspace's (issue 19.4), read by the calendar.

const columns = {
  ...pickColumns(projectCalls, ['id', 'title', 'funder', 'deadline', 'url', 'actionId']),
  actionTitle: externalActions.title,
};

/** The workspace's calls for projects, the next deadline first; past ones after, the latest first. */
export function listProjectCalls(tx: Tx, ctx: MemberContext, today: string) {
  const rows = tx
    .select(columns)
    .from(projectCalls)
    .leftJoin(externalActions, eq(externalActions.id, projectCalls.actionId))
    .where(eq(projectCalls.workspaceId, ctx.workspaceId))
    .orderBy(asc(projectCalls.deadline), asc(projectCalls.title))
    .limit(500)
    .all();
  return [...rows.filter((r) => r.deadline >= today), ...rows.filter((r) => r.deadline < today).reverse()];
}

export type ProjectCallRow = ReturnType<typeof listProjectCalls>[number];

/** The calls whose deadline falls in a day range (the calendar source). */
export function listProjectCallsInRange(tx: Tx, ctx: MemberContext, from: string, to: string) {
  return tx
    .select(columns)
    .from(projectCalls)
    .leftJoin(externalActions, eq(externalActions.id, projectCalls.actionId))
    .where(and(eq(projectCalls.workspaceId, ctx.workspaceId), gte(projectCalls.deadline, from), lte(projectCalls.deadline, to)))
    .orderBy(asc(projectCalls.deadline))
    .limit(500)
    .all();
}

/** The actions a call may be tied to: the workspace's, by title. */
export function listCallActionOptions(tx: Tx, ctx: MemberContext) {
  return tx
    .select({ id: externalActions.id, title: externalActions.title })
    .from(externalActions)
    .where(eq(externalActions.workspaceId, ctx.workspaceId))
    .orderBy(asc(externalActions.title))
    .limit(1000)
    .all();
}

export function createProjectCall(tx: Tx, ctx: MemberContext, input: ProjectCallInput, now = new Date()): MutationOutcome<{ id: string }> {
  if (input.actionId) assertReferenceInWorkspace(tx, externalActions, ctx, input.actionId, 'actionId');
  const id = insertInWorkspace(tx, projectCalls, ctx, { ...input, createdBy: ctx.userId, createdAt: now });
  return { data: { id }, audit: { action: 'projectCall.create', entityType: 'project_call', entityId: id, changes: { ...input } } };
}

export function deleteProjectCall(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getInWorkspace(tx, projectCalls, ctx, input.id, 'notFound');
  deleteInWorkspace(tx, projectCalls, ctx, before.id);
  return {
    data: null,
    audit: { action: 'projectCall.delete', entityType: 'project_call', entityId: before.id, changes: { title: before.title, deadline: before.deadline } },
  };
}
