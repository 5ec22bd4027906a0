import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { diagnosticAnswers, diagnosticAssignments, diagnostics, memberships, users, workspaces, type Diagnostic } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getQuestionnaire, type Questionnaire } from './questionnaire';
import { evaluateRules, weaknessesOf, type Rule, type RuleContext } from './rules';
import { dimensionProgress, scoreDiagnostic, type AnswerMap, type AnswerValue, type DiagnosticScore } from './scoring';
import { ANSWERING_ROLES, getDiagnostic, listAssignments, loadAnswers, visibleDimensionKeys } from './access-queries';

// Diagnostics as pages show them: lists, one view, comparisons, members to pick.

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
