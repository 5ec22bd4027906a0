import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { diagnosticAnswers, diagnosticAssignments, diagnostics, users, type Diagnostic } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { Conflict, Forbidden } from '@/lib/errors';
import { type Questionnaire } from './questionnaire';
import { type AnswerMap, type AnswerValue } from './scoring';
import { getInWorkspace } from '@/lib/workspace-rows';
import { columnsEqual } from '@/lib/columns-equal';

// Who sees a diagnostic and who may answer what.

/** Roles that may be asked to answer a dimension. */
export const ANSWERING_ROLES: readonly Role[] = ['admin', 'editor', 'contributor'];

/**
 * Whether the caller may open a diagnostic at all. Managers see every diagnostic; reviewers only
 * completed ones; contributors completed ones and those where a dimension is assigned to them.
 */
function visibleTo(tx: Tx, ctx: MemberContext, diagnostic: Diagnostic): boolean {
  if (can(ctx.role, 'diagnostic.manage')) return true;
  if (!can(ctx.role, 'diagnostic.read')) return false;
  if (diagnostic.status === 'completed') return true;
  if (ctx.role !== 'contributor') return false;
  return !!tx
    .select({ id: diagnosticAssignments.id })
    .from(diagnosticAssignments)
    .where(columnsEqual(diagnosticAssignments, { workspaceId: ctx.workspaceId, diagnosticId: diagnostic.id, userId: ctx.userId }))
    .get();
}

/** A diagnostic of the caller's workspace that the caller may see; NotFound / Forbidden otherwise. */
export function getDiagnostic(tx: Tx, ctx: MemberContext, diagnosticId: string): Diagnostic {
  const row = getInWorkspace(tx, diagnostics, ctx, diagnosticId, 'diagnosticNotFound');
  if (!visibleTo(tx, ctx, row)) throw new Forbidden('diagnosticHidden');
  return row;
}

export function requireInProgress(diagnostic: Diagnostic) {
  if (diagnostic.status !== 'in_progress') throw new Conflict('diagnosticFrozen');
}

/** The answers of a diagnostic as a map by question key, plus the rows (evidence, who, when). */
export function loadAnswers(tx: Tx, ctx: MemberContext, diagnosticId: string) {
  const rows = tx
    .select({
      questionKey: diagnosticAnswers.questionKey,
      dimension: diagnosticAnswers.dimension,
      value: diagnosticAnswers.value,
      evidence: diagnosticAnswers.evidence,
      updatedAt: diagnosticAnswers.updatedAt,
      answeredBy: users.name,
    })
    .from(diagnosticAnswers)
    .leftJoin(users, eq(users.id, diagnosticAnswers.answeredBy))
    .where(and(eq(diagnosticAnswers.workspaceId, ctx.workspaceId), eq(diagnosticAnswers.diagnosticId, diagnosticId)))
    .all();
  const map: Record<string, AnswerValue> = {};
  for (const row of rows) map[row.questionKey] = row.value ?? null;
  return { map: map as AnswerMap, rows };
}

/** Assignments of a diagnostic with the assignee's name. */
export function listAssignments(tx: Tx, ctx: MemberContext, diagnosticId: string) {
  return tx
    .select({ dimension: diagnosticAssignments.dimension, userId: diagnosticAssignments.userId, name: users.name })
    .from(diagnosticAssignments)
    .innerJoin(users, eq(users.id, diagnosticAssignments.userId))
    .where(and(eq(diagnosticAssignments.workspaceId, ctx.workspaceId), eq(diagnosticAssignments.diagnosticId, diagnosticId)))
    .orderBy(asc(users.name))
    .all();
}

/**
 * The dimensions the caller sees in a diagnostic: all of them, except for a contributor in a
 * diagnostic still in progress, who sees only the dimensions assigned to them.
 */
export function visibleDimensionKeys(
  ctx: MemberContext,
  diagnostic: Diagnostic,
  questionnaire: Questionnaire,
  assignments: { dimension: string; userId: string }[],
): string[] {
  const all = questionnaire.dimensions.map((d) => d.key);
  if (ctx.role !== 'contributor' || diagnostic.status === 'completed') return all;
  const mine = new Set(assignments.filter((a) => a.userId === ctx.userId).map((a) => a.dimension));
  return all.filter((key) => mine.has(key));
}

/** Whether the caller may answer a dimension of a diagnostic right now. */
export function mayAnswer(ctx: MemberContext, diagnostic: Diagnostic, dimension: string, assignments: { dimension: string; userId: string }[]) {
  if (diagnostic.status !== 'in_progress' || !can(ctx.role, 'diagnostic.answer')) return false;
  if (can(ctx.role, 'diagnostic.manage')) return true;
  return assignments.some((a) => a.dimension === dimension && a.userId === ctx.userId);
}
