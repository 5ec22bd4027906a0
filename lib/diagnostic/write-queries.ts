import 'server-only';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { saveVersioned } from '@/lib/versioned-save';
import { fieldChanges } from '@/lib/audit/field-changes';
import type { Tx } from '@/db/client';
import { diagnosticAnswers, diagnosticAssignments, diagnostics } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { CURRENT_QUESTIONNAIRE_VERSION, findDimension, findQuestion, getQuestionnaire } from './questionnaire';
import { scoreDiagnostic } from './scoring';
import { readAnswerValue, type AnswerDimensionInput } from './answer-schemas';
import { type AssignInput, type DiagnosticInput, type UpdateDiagnosticInput } from './schemas';
import { ANSWERING_ROLES, getDiagnostic, listAssignments, loadAnswers, mayAnswer, requireInProgress } from './access-queries';
import { workspaceMemberRole } from '@/lib/member-of-workspace';
import { deleteInWorkspace, updateInWorkspace } from '@/lib/workspace-row-writes';
import { columnsEqual } from '@/lib/columns-equal';

// Starting, answering and completing a diagnostic.

/** Starts a diagnostic with the current questionnaire. */
export function createDiagnostic(tx: Tx, ctx: MemberContext, input: DiagnosticInput): MutationOutcome<{ id: string }> {
  const now = new Date();
  const id = crypto.randomUUID();
  tx.insert(diagnostics)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      title: input.title,
      heldOn: input.heldOn,
      status: 'in_progress',
      questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
      createdBy: ctx.userId,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return {
    data: { id },
    audit: { action: 'diagnostic.create', entityType: 'diagnostic', entityId: id, changes: { ...input, questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION } },
  };
}

/** Renames or re-dates a diagnostic in progress. */
export function updateDiagnostic(tx: Tx, ctx: MemberContext, input: UpdateDiagnosticInput): MutationOutcome<{ version: number }> {
  const before = getDiagnostic(tx, ctx, input.diagnosticId);
  requireInProgress(before);
  const values = { title: input.title, heldOn: input.heldOn };
  saveVersioned(tx, diagnostics, ctx, { id: before.id, version: input.version }, values, () => ({
    version: before.version,
    values: { title: before.title, heldOn: before.heldOn },
  }));
  const changes = fieldChanges(before, values);
  return { data: { version: input.version + 1 }, audit: { action: 'diagnostic.update', entityType: 'diagnostic', entityId: before.id, changes } };
}

/** Deletes a diagnostic in progress (a completed one is part of the record and stays). */
export function deleteDiagnostic(tx: Tx, ctx: MemberContext, input: { diagnosticId: string }): MutationOutcome<null> {
  const before = getDiagnostic(tx, ctx, input.diagnosticId);
  requireInProgress(before);
  deleteInWorkspace(tx, diagnostics, ctx, before.id);
  return { data: null, audit: { action: 'diagnostic.delete', entityType: 'diagnostic', entityId: before.id, changes: { title: before.title } } };
}

/** Sets who answers a dimension (replacing the previous list); only members who may answer. */
export function assignDimension(tx: Tx, ctx: MemberContext, input: AssignInput): MutationOutcome<null> {
  const diagnostic = getDiagnostic(tx, ctx, input.diagnosticId);
  requireInProgress(diagnostic);
  if (!findDimension(getQuestionnaire(diagnostic.questionnaireVersion), input.dimension)) throw new Invalid('invalid', { dimension: 'dimensionUnknown' });
  for (const userId of input.userIds) {
    const role = workspaceMemberRole(tx, ctx, userId);
    if (!role) throw new NotFound('memberNotFound');
    if (!ANSWERING_ROLES.includes(role)) throw new Invalid('invalid', { userIds: 'assigneeRole' });
  }
  const where = and(
    eq(diagnosticAssignments.workspaceId, ctx.workspaceId),
    eq(diagnosticAssignments.diagnosticId, diagnostic.id),
    eq(diagnosticAssignments.dimension, input.dimension),
  );
  const before = tx
    .select({ userId: diagnosticAssignments.userId })
    .from(diagnosticAssignments)
    .where(where)
    .all()
    .map((r) => r.userId);
  tx.delete(diagnosticAssignments).where(where).run();
  const now = new Date();
  for (const userId of input.userIds) {
    tx.insert(diagnosticAssignments)
      .values({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, diagnosticId: diagnostic.id, dimension: input.dimension, userId, createdAt: now })
      .run();
  }
  return {
    data: null,
    audit: {
      action: 'diagnostic.assign',
      entityType: 'diagnostic',
      entityId: diagnostic.id,
      changes: { dimension: input.dimension, userIds: { from: before.sort(), to: [...input.userIds].sort() } },
    },
  };
}

/**
 * Saves answers to one dimension. Contributors may answer only dimensions assigned to them.
 * An answer identical to the stored one is left alone; a different one is refused when someone
 * else changed the stored answer since the person loaded it (`expectedUpdatedAt`), so that
 * concurrent edits never silently overwrite each other.
 */
export function answerDimension(
  tx: Tx,
  ctx: MemberContext,
  input: AnswerDimensionInput,
): MutationOutcome<{ saved: number; updatedAt: Record<string, number> }> {
  const diagnostic = getDiagnostic(tx, ctx, input.diagnosticId);
  requireInProgress(diagnostic);
  const questionnaire = getQuestionnaire(diagnostic.questionnaireVersion);
  if (!findDimension(questionnaire, input.dimension)) throw new Invalid('invalid', { dimension: 'dimensionUnknown' });
  const assignments = listAssignments(tx, ctx, diagnostic.id);
  if (!mayAnswer(ctx, diagnostic, input.dimension, assignments)) throw new Forbidden('dimensionNotAssigned');

  const stored = new Map(
    tx
      .select()
      .from(diagnosticAnswers)
      .where(columnsEqual(diagnosticAnswers, { workspaceId: ctx.workspaceId, diagnosticId: diagnostic.id, dimension: input.dimension }))
      .all()
      .map((row) => [row.questionKey, row]),
  );
  const now = new Date();
  const changes: Record<string, unknown> = {};
  const conflicts: Record<string, string> = {};
  input.answers.forEach((answer) => {
    const found = findQuestion(questionnaire, answer.questionKey);
    if (!found || found.dimension.key !== input.dimension) throw new Invalid('invalid', { [`answers.${answer.index}.value`]: 'questionUnknown' });
    // The schema read the value against the current questionnaire; read it again against the
    // diagnostic's own version.
    const read = readAnswerValue(found.question, answer.value, answer.unknown);
    if (read.error || read.value === undefined) throw new Invalid('invalid', { [`answers.${answer.index}.value`]: read.error ?? 'levelRange' });
    const before = stored.get(answer.questionKey);
    const same = before && JSON.stringify(before.value) === JSON.stringify(read.value) && (before.evidence ?? null) === answer.evidence;
    if (same) return;
    if (before && before.updatedAt.getTime() !== answer.expectedUpdatedAt) {
      conflicts[`answers.${answer.index}.value`] = 'answerChangedMeanwhile';
      return;
    }
    if (!before && answer.expectedUpdatedAt !== null) {
      conflicts[`answers.${answer.index}.value`] = 'answerChangedMeanwhile';
      return;
    }
    if (before) {
      updateInWorkspace(tx, diagnosticAnswers, ctx, before.id, { value: read.value, evidence: answer.evidence, answeredBy: ctx.userId, updatedAt: now });
    } else {
      tx.insert(diagnosticAnswers)
        .values({
          id: crypto.randomUUID(),
          workspaceId: ctx.workspaceId,
          diagnosticId: diagnostic.id,
          dimension: input.dimension,
          questionKey: answer.questionKey,
          value: read.value,
          evidence: answer.evidence,
          answeredBy: ctx.userId,
          updatedAt: now,
        })
        .run();
    }
    changes[answer.questionKey] = { from: before?.value ?? null, to: read.value };
  });
  // Refuse the whole save on any conflict: the transaction rolls back and the person sees which
  // answers someone else changed.
  if (Object.keys(conflicts).length > 0) throw new Conflict('answersChangedMeanwhile', conflicts);
  if (Object.keys(changes).length > 0) tx.update(diagnostics).set({ updatedAt: now }).where(eq(diagnostics.id, diagnostic.id)).run();
  return {
    data: { saved: Object.keys(changes).length, updatedAt: Object.fromEntries(Object.keys(changes).map((key) => [key, now.getTime()])) },
    audit: { action: 'diagnostic.answer', entityType: 'diagnostic', entityId: diagnostic.id, changes: { dimension: input.dimension, ...changes } },
  };
}

/**
 * Completes a diagnostic, which freezes its answers and assignments. Every dimension needs at
 * least one answered maturity question, so that the profile has no hole.
 */
export function completeDiagnostic(tx: Tx, ctx: MemberContext, input: { diagnosticId: string }): MutationOutcome<{ overall: number | null }> {
  const diagnostic = getDiagnostic(tx, ctx, input.diagnosticId);
  requireInProgress(diagnostic);
  const questionnaire = getQuestionnaire(diagnostic.questionnaireVersion);
  const score = scoreDiagnostic(questionnaire, loadAnswers(tx, ctx, diagnostic.id).map);
  const empty = score.dimensions.filter((d) => d.score === null).map((d) => d.dimension);
  if (empty.length > 0) throw new Conflict('dimensionsUnanswered');
  const now = new Date();
  tx.update(diagnostics)
    .set({ status: 'completed', completedAt: now, completedBy: ctx.userId, updatedAt: now })
    .where(and(eq(diagnostics.id, diagnostic.id), eq(diagnostics.workspaceId, ctx.workspaceId), eq(diagnostics.status, 'in_progress')))
    .run();
  return {
    data: { overall: score.overall },
    audit: {
      action: 'diagnostic.complete',
      entityType: 'diagnostic',
      entityId: diagnostic.id,
      changes: { overall: score.overall, scores: Object.fromEntries(score.dimensions.map((d) => [d.dimension, d.score])) },
    },
  };
}
