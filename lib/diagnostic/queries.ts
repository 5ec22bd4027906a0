import 'server-only';
import { assertSaved } from '@/lib/concurrency';
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  diagnosticAnswers,
  diagnosticAssignments,
  diagnosticFollowUps,
  diagnostics,
  memberships,
  users,
  workspaces,
  type Diagnostic,
} from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { CURRENT_QUESTIONNAIRE_VERSION, findDimension, findQuestion, getQuestionnaire, type Questionnaire } from './questionnaire';
import { evaluateRules, findRule, weaknessesOf, type Rule, type RuleContext } from './rules';
import { dimensionProgress, scoreDiagnostic, type AnswerMap, type AnswerValue, type DiagnosticScore } from './scoring';
import { readAnswerValue, type AnswerDimensionInput } from './answer-schemas';
import { followUpFormValues, type AssignInput, type DiagnosticInput, type FollowUpInput, type UpdateDiagnosticInput, type UpdateFollowUpInput } from './schemas';

/** Roles that may be asked to answer a dimension. */
const ANSWERING_ROLES: readonly Role[] = ['admin', 'editor', 'contributor'];

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
    .where(
      and(
        eq(diagnosticAssignments.workspaceId, ctx.workspaceId),
        eq(diagnosticAssignments.diagnosticId, diagnostic.id),
        eq(diagnosticAssignments.userId, ctx.userId),
      ),
    )
    .get();
}

/** A diagnostic of the caller's workspace that the caller may see; NotFound / Forbidden otherwise. */
export function getDiagnostic(tx: Tx, ctx: MemberContext, diagnosticId: string): Diagnostic {
  const row = tx
    .select()
    .from(diagnostics)
    .where(and(eq(diagnostics.id, diagnosticId), eq(diagnostics.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('diagnosticNotFound');
  if (!visibleTo(tx, ctx, row)) throw new Forbidden('diagnosticHidden');
  return row;
}

function requireInProgress(diagnostic: Diagnostic) {
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

export type DiagnosticSummary = {
  id: string;
  title: string;
  heldOn: string;
  status: Diagnostic['status'];
  completedAt: Date | null;
  overall: number | null;
  answered: number;
  total: number;
  mine: string[];
};

/** The diagnostics the caller may see, newest first, with overall score and progress. */
export function listDiagnostics(tx: Tx, ctx: MemberContext): DiagnosticSummary[] {
  const rows = tx
    .select()
    .from(diagnostics)
    .where(eq(diagnostics.workspaceId, ctx.workspaceId))
    .orderBy(desc(diagnostics.heldOn), desc(diagnostics.createdAt))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const answers = tx
    .select({ diagnosticId: diagnosticAnswers.diagnosticId, questionKey: diagnosticAnswers.questionKey, value: diagnosticAnswers.value })
    .from(diagnosticAnswers)
    .where(and(eq(diagnosticAnswers.workspaceId, ctx.workspaceId), inArray(diagnosticAnswers.diagnosticId, ids)))
    .all();
  const mine = tx
    .select({ diagnosticId: diagnosticAssignments.diagnosticId, dimension: diagnosticAssignments.dimension })
    .from(diagnosticAssignments)
    .where(and(eq(diagnosticAssignments.workspaceId, ctx.workspaceId), eq(diagnosticAssignments.userId, ctx.userId)))
    .all();
  const answersOf = new Map<string, Record<string, AnswerValue>>();
  for (const a of answers) {
    const map = answersOf.get(a.diagnosticId) ?? {};
    map[a.questionKey] = a.value ?? null;
    answersOf.set(a.diagnosticId, map);
  }
  return rows
    .map((row) => ({ row, mine: mine.filter((m) => m.diagnosticId === row.id).map((m) => m.dimension) }))
    .filter(({ row, mine }) => {
      if (can(ctx.role, 'diagnostic.manage') || row.status === 'completed') return can(ctx.role, 'diagnostic.read');
      return ctx.role === 'contributor' && mine.length > 0;
    })
    .map(({ row, mine }) => {
      const questionnaire = getQuestionnaire(row.questionnaireVersion);
      const map = answersOf.get(row.id) ?? {};
      const progress = dimensionProgress(questionnaire, map);
      return {
        id: row.id,
        title: row.title,
        heldOn: row.heldOn,
        status: row.status,
        completedAt: row.completedAt,
        overall: scoreDiagnostic(questionnaire, map).overall,
        answered: progress.reduce((n, p) => n + p.answered, 0),
        total: progress.reduce((n, p) => n + p.total, 0),
        mine,
      };
    });
}

export type DiagnosticView = {
  diagnostic: Diagnostic;
  questionnaire: Questionnaire;
  answers: AnswerMap;
  answerRows: ReturnType<typeof loadAnswers>['rows'];
  assignments: ReturnType<typeof listAssignments>;
  visibleDimensions: string[];
  score: DiagnosticScore;
  progress: ReturnType<typeof dimensionProgress>;
  findings: Rule[];
};

/** What the finding rules read besides the answers: the authority's population. */
export function ruleContext(tx: Tx, ctx: MemberContext): RuleContext {
  const row = tx.select({ population: workspaces.population }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  return { population: row?.population ?? null };
}

/**
 * Everything a diagnostic page shows. For a contributor on a diagnostic in progress, answers,
 * scores and findings are limited to their assigned dimensions.
 */
export function getDiagnosticView(tx: Tx, ctx: MemberContext, diagnosticId: string): DiagnosticView {
  const diagnostic = getDiagnostic(tx, ctx, diagnosticId);
  const questionnaire = getQuestionnaire(diagnostic.questionnaireVersion);
  const assignments = listAssignments(tx, ctx, diagnosticId);
  const visibleDimensions = visibleDimensionKeys(ctx, diagnostic, questionnaire, assignments);
  const loaded = loadAnswers(tx, ctx, diagnosticId);
  const visible = new Set(visibleDimensions);
  const answerRows = loaded.rows.filter((r) => visible.has(r.dimension));
  const answers = Object.fromEntries(answerRows.map((r) => [r.questionKey, r.value ?? null])) as AnswerMap;
  const findings = evaluateRules(answers, ruleContext(tx, ctx)).filter((rule) => visible.has(rule.dimension));
  return {
    diagnostic,
    questionnaire,
    answers,
    answerRows,
    assignments,
    visibleDimensions,
    score: scoreDiagnostic(questionnaire, answers),
    progress: dimensionProgress(questionnaire, answers),
    findings,
  };
}

/** Completed diagnostics held before this one, newest first: what it can be compared with. */
export function listEarlierCompleted(tx: Tx, ctx: MemberContext, diagnostic: Diagnostic) {
  return tx
    .select({ id: diagnostics.id, title: diagnostics.title, heldOn: diagnostics.heldOn })
    .from(diagnostics)
    .where(and(eq(diagnostics.workspaceId, ctx.workspaceId), eq(diagnostics.status, 'completed')))
    .orderBy(desc(diagnostics.heldOn))
    .all()
    .filter((d) => d.id !== diagnostic.id && d.heldOn <= diagnostic.heldOn);
}

/** Two diagnostics' scores side by side, with the change per dimension (null when either lacks a score). */
export function compareDiagnostics(tx: Tx, ctx: MemberContext, currentId: string, earlierId: string) {
  const current = getDiagnosticView(tx, ctx, currentId);
  const earlier = getDiagnosticView(tx, ctx, earlierId);
  const rows = current.score.dimensions.map((d) => {
    const before = earlier.score.dimensions.find((e) => e.dimension === d.dimension)?.score ?? null;
    return { dimension: d.dimension, before, after: d.score, delta: before === null || d.score === null ? null : d.score - before };
  });
  const overall = {
    before: earlier.score.overall,
    after: current.score.overall,
    delta: earlier.score.overall === null || current.score.overall === null ? null : current.score.overall - earlier.score.overall,
  };
  const earlierKeys = new Set(earlier.findings.map((f) => f.key));
  const currentKeys = new Set(current.findings.map((f) => f.key));
  return {
    earlier: earlier.diagnostic,
    rows,
    overall,
    // Weaknesses only: a strength that appears is not a new problem.
    resolved: weaknessesOf(earlier.findings).filter((f) => !currentKeys.has(f.key)),
    appeared: weaknessesOf(current.findings).filter((f) => !earlierKeys.has(f.key)),
  };
}

/** Members who may be asked to answer (admins, editors, contributors). */
export function listAnsweringMembers(tx: Tx, ctx: MemberContext) {
  return tx
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), inArray(memberships.role, [...ANSWERING_ROLES])))
    .orderBy(asc(users.name))
    .all();
}

/** Members who may own a follow-up item (anyone but partners). */
export function listOwnerCandidates(tx: Tx, ctx: MemberContext) {
  return tx
    .select({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), inArray(memberships.role, ['admin', 'editor', 'contributor', 'reviewer'])))
    .orderBy(asc(users.name))
    .all();
}

function memberRole(tx: Tx, ctx: MemberContext, userId: string): Role | null {
  return (
    tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(memberships.userId, userId)))
      .get()?.role ?? null
  );
}

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
  const result = tx
    .update(diagnostics)
    .set({ title: input.title, heldOn: input.heldOn, version: input.version + 1, updatedAt: new Date() })
    .where(and(eq(diagnostics.id, before.id), eq(diagnostics.workspaceId, ctx.workspaceId), eq(diagnostics.version, input.version)))
    .run();
  assertSaved(result, () => ({ version: before.version, values: { title: before.title, heldOn: before.heldOn } }));
  const changes: Record<string, unknown> = {};
  if (before.title !== input.title) changes.title = { from: before.title, to: input.title };
  if (before.heldOn !== input.heldOn) changes.heldOn = { from: before.heldOn, to: input.heldOn };
  return { data: { version: input.version + 1 }, audit: { action: 'diagnostic.update', entityType: 'diagnostic', entityId: before.id, changes } };
}

/** Deletes a diagnostic in progress (a completed one is part of the record and stays). */
export function deleteDiagnostic(tx: Tx, ctx: MemberContext, input: { diagnosticId: string }): MutationOutcome<null> {
  const before = getDiagnostic(tx, ctx, input.diagnosticId);
  requireInProgress(before);
  tx.delete(diagnostics).where(and(eq(diagnostics.id, before.id), eq(diagnostics.workspaceId, ctx.workspaceId))).run();
  return { data: null, audit: { action: 'diagnostic.delete', entityType: 'diagnostic', entityId: before.id, changes: { title: before.title } } };
}

/** Sets who answers a dimension (replacing the previous list); only members who may answer. */
export function assignDimension(tx: Tx, ctx: MemberContext, input: AssignInput): MutationOutcome<null> {
  const diagnostic = getDiagnostic(tx, ctx, input.diagnosticId);
  requireInProgress(diagnostic);
  if (!findDimension(getQuestionnaire(diagnostic.questionnaireVersion), input.dimension)) throw new Invalid('invalid', { dimension: 'dimensionUnknown' });
  for (const userId of input.userIds) {
    const role = memberRole(tx, ctx, userId);
    if (!role) throw new NotFound('memberNotFound');
    if (!ANSWERING_ROLES.includes(role)) throw new Invalid('invalid', { userIds: 'assigneeRole' });
  }
  const where = and(
    eq(diagnosticAssignments.workspaceId, ctx.workspaceId),
    eq(diagnosticAssignments.diagnosticId, diagnostic.id),
    eq(diagnosticAssignments.dimension, input.dimension),
  );
  const before = tx.select({ userId: diagnosticAssignments.userId }).from(diagnosticAssignments).where(where).all().map((r) => r.userId);
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
      .where(
        and(
          eq(diagnosticAnswers.workspaceId, ctx.workspaceId),
          eq(diagnosticAnswers.diagnosticId, diagnostic.id),
          eq(diagnosticAnswers.dimension, input.dimension),
        ),
      )
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
      tx.update(diagnosticAnswers)
        .set({ value: read.value, evidence: answer.evidence, answeredBy: ctx.userId, updatedAt: now })
        .where(and(eq(diagnosticAnswers.id, before.id), eq(diagnosticAnswers.workspaceId, ctx.workspaceId)))
        .run();
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
    .where(
      and(
        eq(diagnosticFollowUps.workspaceId, ctx.workspaceId),
        diagnosticId ? eq(diagnosticFollowUps.diagnosticId, diagnosticId) : undefined,
      ),
    )
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
  const role = memberRole(tx, ctx, ownerId);
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
  const before = tx
    .select()
    .from(diagnosticFollowUps)
    .where(and(eq(diagnosticFollowUps.id, input.followUpId), eq(diagnosticFollowUps.workspaceId, ctx.workspaceId)))
    .get();
  if (!before) throw new NotFound('followUpNotFound');
  checkOwner(tx, ctx, input.ownerId);
  const result = tx
    .update(diagnosticFollowUps)
    .set({ title: input.title, ownerId: input.ownerId, dueOn: input.dueOn, status: input.status, version: input.version + 1, updatedAt: new Date() })
    .where(and(eq(diagnosticFollowUps.id, before.id), eq(diagnosticFollowUps.workspaceId, ctx.workspaceId), eq(diagnosticFollowUps.version, input.version)))
    .run();
  assertSaved(result, () => ({ version: before.version, values: followUpFormValues(before) }));
  const changes: Record<string, unknown> = {};
  for (const key of ['title', 'ownerId', 'dueOn', 'status'] as const) {
    if (before[key] !== input[key]) changes[key] = { from: before[key], to: input[key] };
  }
  return { data: { version: input.version + 1 }, audit: { action: 'diagnostic.followUpUpdate', entityType: 'diagnostic_follow_up', entityId: before.id, changes } };
}
