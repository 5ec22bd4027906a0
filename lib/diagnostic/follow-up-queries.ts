import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { saveVersioned } from '@/lib/versioned-save';
import { fieldChanges } from '@/lib/audit/field-changes';
import type { Tx } from '@/db/client';
import { diagnosticFollowUps, diagnostics, users } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Invalid } from '@/lib/errors';
import { findRule } from './rules';
import { followUpFormValues, type FollowUpInput, type UpdateFollowUpInput } from './schemas';
import { workspaceMemberRole } from '@/lib/member-of-workspace';
import { getDiagnosticView } from './read-queries';
import { getInWorkspace } from '@/lib/workspace-rows';

// Follow-up items drawn from a diagnostic's findings.

/** Follow-up items, with owner names; of one diagnostic or of every diagnostic the caller sees. */
export function listFollowUps(tx: Tx, ctx: MemberContext, diagnosticId?: string) {
  const rows = tx
    .select({
      id: diagnosticFollowUps.id,
      diagnosticId: diagnosticFollowUps.diagnosticId,
      diagnosticTitle: diagnostics.title,
      diagnosticStatus: diagnostics.status,
      ruleKey: diagnosticFollowUps.ruleKey,
      title: diagnosticFollowUps.title,
      ownerId: diagnosticFollowUps.ownerId,
      ownerName: users.name,
      dueOn: diagnosticFollowUps.dueOn,
      status: diagnosticFollowUps.status,
      version: diagnosticFollowUps.version,
      updatedAt: diagnosticFollowUps.updatedAt,
    })
    .from(diagnosticFollowUps)
    .innerJoin(diagnostics, eq(diagnostics.id, diagnosticFollowUps.diagnosticId))
    .leftJoin(users, eq(users.id, diagnosticFollowUps.ownerId))
    .where(and(eq(diagnosticFollowUps.workspaceId, ctx.workspaceId), diagnosticId ? eq(diagnosticFollowUps.diagnosticId, diagnosticId) : undefined))
    .orderBy(
      // What is still to do first, then by due date (undated last).
      sql`case ${diagnosticFollowUps.status} when 'open' then 0 when 'in_progress' then 1 when 'done' then 2 else 3 end`,
      sql`${diagnosticFollowUps.dueOn} is null`,
      asc(diagnosticFollowUps.dueOn),
      asc(diagnosticFollowUps.createdAt),
    )
    .all();
  if (can(ctx.role, 'diagnostic.manage')) return rows;
  return rows.filter((r) => r.diagnosticStatus === 'completed' || r.ownerId === ctx.userId);
}

function checkOwner(tx: Tx, ctx: MemberContext, ownerId: string | null) {
  if (!ownerId) return;
  const role = workspaceMemberRole(tx, ctx, ownerId);
  if (!role || role === 'partner') throw new Invalid('invalid', { ownerId: 'ownerNotMember' });
}

/** Turns a finding's recommendation into a follow-up item; the finding must hold for the diagnostic. */
export function createFollowUp(tx: Tx, ctx: MemberContext, input: FollowUpInput): MutationOutcome<{ id: string }> {
  const view = getDiagnosticView(tx, ctx, input.diagnosticId);
  if (!findRule(input.ruleKey) || !view.findings.some((f) => f.key === input.ruleKey)) throw new Invalid('invalid', { ruleKey: 'ruleNotFinding' });
  checkOwner(tx, ctx, input.ownerId);
  const now = new Date();
  const id = crypto.randomUUID();
  tx.insert(diagnosticFollowUps)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      diagnosticId: view.diagnostic.id,
      ruleKey: input.ruleKey,
      title: input.title,
      ownerId: input.ownerId,
      dueOn: input.dueOn,
      status: 'open',
      createdBy: ctx.userId,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return {
    data: { id },
    audit: {
      action: 'diagnostic.followUpCreate',
      entityType: 'diagnostic_follow_up',
      entityId: id,
      changes: { diagnosticId: view.diagnostic.id, ruleKey: input.ruleKey, title: input.title, ownerId: input.ownerId, dueOn: input.dueOn },
    },
  };
}

/** Updates a follow-up item (title, owner, due date, status). Items stay editable after completion. */
export function updateFollowUp(tx: Tx, ctx: MemberContext, input: UpdateFollowUpInput): MutationOutcome<{ version: number }> {
  const before = getInWorkspace(tx, diagnosticFollowUps, ctx, input.followUpId, 'followUpNotFound');
  checkOwner(tx, ctx, input.ownerId);
  const values = { title: input.title, ownerId: input.ownerId, dueOn: input.dueOn, status: input.status };
  saveVersioned(tx, diagnosticFollowUps, ctx, { id: before.id, version: input.version }, values, () => ({
    version: before.version,
    values: followUpFormValues(before),
  }));
  const changes = fieldChanges(before, values);
  return {
    data: { version: input.version + 1 },
    audit: { action: 'diagnostic.followUpUpdate', entityType: 'diagnostic_follow_up', entityId: before.id, changes },
  };
}
