import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { evaluationReviews, notifications, users, workspaces } from '@/db/schema';
import { executeWorkspaceAction } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { seedDemo, DEMO_PARTNER_WORKSPACE_SLUG, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { SECOND_REVIEWER } from '@/lib/seed/review';
import { databaseFingerprint } from '@/lib/test/fixtures';
import { adoptEvaluationAction, decideEvaluationReviewAction, freezeEvaluationAction, submitEvaluationReviewAction } from './actions';
import { getEvaluation, getAdoption } from './queries';
import { listEvaluationReviews } from './review-queries';
import { evaluationReviewTransition } from './review-state';
import { loadEvaluationExport } from './export';
import { auditedActions } from '@/lib/test/audit';

// The review of a yearly evaluation (issue 21.4): a frozen version is submitted to named
// reviewers, who approve it or send it back; only an approved version is adopted.

const YEAR = new Date().getUTCFullYear() - 1;
const DUE = `${new Date().getUTCFullYear() + 1}-01-31`;
const ADMIN = 'admin@demo.filrouge.eu';
const EDITOR = 'editor@demo.filrouge.eu';
const ELU = 'elu@demo.filrouge.eu';

function demo() {
  seedDemo(db, 'not-a-real-hash');
  const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
  const userId = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!.id;
  const run = (action: { definition: Parameters<typeof executeWorkspaceAction>[0] }, email: string, input: unknown, workspaceId = ws.id) =>
    executeWorkspaceAction(action.definition, userId(email), workspaceId, input, 'en');
  const admin = loadMemberContext(userId(ADMIN), { id: ws.id });
  const evaluation = getEvaluation(db, admin, YEAR);
  const freeze = () => (run(freezeEvaluationAction, EDITOR, { evaluationId: evaluation.id }) as { ok: true; data: { id: string; number: number } }).data;
  const kindsFor = (email: string) =>
    db
      .select({ kind: notifications.kind, params: notifications.params })
      .from(notifications)
      .where(and(eq(notifications.userId, userId(email)), eq(notifications.workspaceId, ws.id)))
      .all()
      .filter((n) => n.kind.startsWith('evaluation_'));
  return { ws, userId, run, admin, evaluation, freeze, kindsFor };
}

describe('the review of a yearly evaluation (issue 21.4)', () => {
  it('goes from a frozen version to named reviewers, back with a comment, to a newer version approved and adopted', () => {
    const { userId, run, admin, evaluation, freeze, kindsFor } = demo();
    const v1 = freeze();
    const adoption = { versionId: v1.id, adoptedOn: `${YEAR + 1}-02-12`, body: 'Assemblée départementale', reference: 'D-2026-014' };
    // Not adopted before its review.
    expect(run(adoptEvaluationAction, ADMIN, adoption)).toMatchObject({ ok: false, code: 'conflict', message: 'evaluationReviewNotApproved' });

    const submit = (versionId: string) =>
      run(submitEvaluationReviewAction, EDITOR, { versionId, reviewerIds: [userId(ELU), userId(SECOND_REVIEWER.email)], dueOn: DUE });
    expect(submit(v1.id)).toMatchObject({ ok: true });
    expect(kindsFor(ELU)).toEqual([{ kind: 'evaluation_review_requested', params: expect.objectContaining({ year: String(YEAR), number: '1', due: DUE }) }]);
    expect(kindsFor(SECOND_REVIEWER.email).map((n) => n.kind)).toEqual(['evaluation_review_requested']);
    expect(submit(v1.id)).toMatchObject({ ok: false, code: 'conflict', message: 'evaluationReviewAlreadySubmitted' });
    const [cycle1] = listEvaluationReviews(db, admin, evaluation.id);
    expect(cycle1).toMatchObject({ status: 'in_review', versionNumber: 1, submitterName: 'Mehdi Laurent' });

    // Only a named reviewer decides; sending back needs a comment.
    expect(run(decideEvaluationReviewAction, ADMIN, { reviewId: cycle1!.id, decision: 'approved' })).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'evaluationReviewNotNamed',
    });
    expect(run(decideEvaluationReviewAction, 'contributor@demo.filrouge.eu', { reviewId: cycle1!.id, decision: 'approved' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(run(decideEvaluationReviewAction, ELU, { reviewId: cycle1!.id, decision: 'changes_requested', note: ' ' })).toMatchObject({
      ok: false,
      fieldErrors: { note: 'evaluationReviewNoteRequired' },
    });
    expect(
      run(decideEvaluationReviewAction, ELU, { reviewId: cycle1!.id, decision: 'changes_requested', note: 'Chiffrer les retours côté Tamboura.' }),
    ).toMatchObject({
      ok: true,
      data: { status: 'changes_requested' },
    });
    expect(kindsFor(EDITOR)).toEqual([
      { kind: 'evaluation_reviewed', params: expect.objectContaining({ decision: 'changes_requested', body: 'Chiffrer les retours côté Tamboura.' }) },
    ]);

    // A newer version replaces the one sent back; every decision starts again.
    const v2 = freeze();
    expect(submit(v2.id)).toMatchObject({ ok: true });
    const [cycle2, old] = listEvaluationReviews(db, admin, evaluation.id);
    expect(old).toMatchObject({ id: cycle1!.id, status: 'superseded' });
    expect(cycle2!.reviewers.map((r) => r.decision)).toEqual(['pending', 'pending']);
    expect(run(decideEvaluationReviewAction, ELU, { reviewId: cycle1!.id, decision: 'approved' })).toMatchObject({
      ok: false,
      message: 'evaluationReviewFinal',
    });
    expect(run(decideEvaluationReviewAction, ELU, { reviewId: cycle2!.id, decision: 'approved' })).toMatchObject({ ok: true, data: { status: 'in_review' } });
    expect(run(decideEvaluationReviewAction, SECOND_REVIEWER.email, { reviewId: cycle2!.id, decision: 'approved' })).toMatchObject({
      ok: true,
      data: { status: 'approved' },
    });
    expect(kindsFor(ADMIN).map((n) => n.kind)).toEqual(['evaluation_review_completed']);
    expect(run(decideEvaluationReviewAction, ELU, { reviewId: cycle2!.id, decision: 'changes_requested', note: 'Trop tard' })).toMatchObject({
      ok: false,
      message: 'evaluationReviewDecisionsClosed',
    });
    // The version sent back is never adopted; the approved one is, and its cycle says so.
    expect(run(adoptEvaluationAction, ADMIN, adoption)).toMatchObject({ ok: false, message: 'evaluationReviewFinal' });
    expect(run(adoptEvaluationAction, ADMIN, { ...adoption, versionId: v2.id })).toMatchObject({ ok: true });
    expect(getAdoption(db, admin, evaluation.id)?.versionId).toBe(v2.id);
    expect(db.select().from(evaluationReviews).where(eq(evaluationReviews.id, cycle2!.id)).get()?.status).toBe('adopted');
    expect(submit(freeze().id)).toMatchObject({ ok: false, code: 'conflict', message: 'evaluationAlreadyAdopted' });
    // The export of the adopted version names its review.
    const { meta } = loadEvaluationExport(db, admin, YEAR, v2.id, 'en');
    expect(meta.stateLine).toContain('Review — Adopted: Jean-Pierre Roussel, approved; Nathalie Cordier, approved.');
    // Every step is in the audit log.
    const actions = auditedActions();
    expect(actions.filter((a) => a.startsWith('evaluation.') && a.includes('Review'))).toEqual([
      'evaluation.submitReview',
      'evaluation.decideReview',
      'evaluation.resubmitReview',
      'evaluation.decideReview',
      'evaluation.decideReview',
    ]);
  });

  it('refuses bad submissions with a clear reason and changes nothing', () => {
    const { userId, run, freeze, ws } = demo();
    const v1 = freeze();
    const base = { versionId: v1.id, reviewerIds: [userId(ELU)], dueOn: DUE };
    const before = databaseFingerprint();
    expect(run(submitEvaluationReviewAction, 'contributor@demo.filrouge.eu', base)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run(submitEvaluationReviewAction, ELU, base)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run(submitEvaluationReviewAction, EDITOR, { ...base, reviewerIds: [] })).toMatchObject({
      fieldErrors: { reviewerIds: 'evaluationReviewersRequired' },
    });
    expect(run(submitEvaluationReviewAction, EDITOR, { ...base, reviewerIds: [userId(EDITOR)] })).toMatchObject({
      fieldErrors: { reviewerIds: 'evaluationReviewSelf' },
    });
    expect(run(submitEvaluationReviewAction, EDITOR, { ...base, reviewerIds: [userId('contributor@demo.filrouge.eu')] })).toMatchObject({
      fieldErrors: { reviewerIds: 'evaluationReviewerNotEligible' },
    });
    expect(run(submitEvaluationReviewAction, EDITOR, { ...base, dueOn: '2020-01-01' })).toMatchObject({ fieldErrors: { dueOn: 'evaluationReviewDuePast' } });
    expect(run(submitEvaluationReviewAction, EDITOR, { ...base, dueOn: '2031-02-30' })).toMatchObject({ fieldErrors: { dueOn: 'evaluationReviewDueOn' } });
    // A version of this workspace is unknown in another one.
    const other = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_PARTNER_WORKSPACE_SLUG)).get()!;
    expect(run(submitEvaluationReviewAction, 'partner@demo.filrouge.eu', base, other.id)).toMatchObject({ ok: false, code: 'not_found' });
    expect(run(submitEvaluationReviewAction, 'partner@demo.filrouge.eu', base, ws.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('follows the state machine: only named reviewers decide, only an approved version is adopted, final states stay', () => {
    expect(evaluationReviewTransition('frozen', { type: 'submit', role: 'editor', reviewers: 1 })).toEqual({ ok: true, next: 'in_review' });
    expect(evaluationReviewTransition('frozen', { type: 'submit', role: 'reviewer', reviewers: 1 })).toEqual({ ok: false, reason: 'forbidden' });
    expect(evaluationReviewTransition('frozen', { type: 'submit', role: 'editor', reviewers: 0 })).toEqual({
      ok: false,
      reason: 'evaluationReviewNoReviewers',
    });
    const decide = (others: ('pending' | 'approved' | 'changes_requested')[], decision: 'approved' | 'changes_requested') =>
      evaluationReviewTransition('in_review', { type: 'decide', role: 'reviewer', isNamedReviewer: true, decision, others });
    expect(decide(['pending'], 'approved')).toEqual({ ok: true, next: 'in_review' });
    expect(decide(['approved'], 'approved')).toEqual({ ok: true, next: 'approved' });
    expect(decide(['approved'], 'changes_requested')).toEqual({ ok: true, next: 'changes_requested' });
    expect(evaluationReviewTransition('in_review', { type: 'decide', role: 'reviewer', isNamedReviewer: false, decision: 'approved', others: [] })).toEqual({
      ok: false,
      reason: 'evaluationReviewNotNamed',
    });
    for (const state of ['frozen', 'in_review', 'changes_requested'] as const)
      expect(evaluationReviewTransition(state, { type: 'adopt', role: 'admin' })).toEqual({ ok: false, reason: 'evaluationReviewNotApproved' });
    expect(evaluationReviewTransition('approved', { type: 'adopt', role: 'editor' })).toEqual({ ok: false, reason: 'forbidden' });
    expect(evaluationReviewTransition('approved', { type: 'adopt', role: 'admin' })).toEqual({ ok: true, next: 'adopted' });
    expect(evaluationReviewTransition('approved', { type: 'resubmit', role: 'editor', reviewers: 1, newer: false })).toEqual({
      ok: false,
      reason: 'evaluationReviewNotNewer',
    });
    for (const state of ['adopted', 'superseded'] as const)
      expect(evaluationReviewTransition(state, { type: 'resubmit', role: 'editor', reviewers: 1, newer: true })).toEqual({
        ok: false,
        reason: 'evaluationReviewFinal',
      });
  });
});
