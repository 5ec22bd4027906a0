import type { Role } from '@/db/schema/workspaces';
import type { ReviewDecision, ReviewStatus } from '@/db/schema/review';
import { can, type Permission } from '@/lib/auth/policy';

/**
 * The review of the strategy document, as a pure state machine (no database, no clock).
 *
 * A saved version starts as a `draft`. An editor submits it, naming reviewers and a due date:
 * `draft → in_review`. Each named reviewer approves or requests changes, and may change their
 * mind while the review is open; the status follows the decisions:
 *   - any request for changes        → `changes_requested`
 *   - every reviewer has approved    → `approved`
 *   - otherwise (some still pending) → `in_review`
 * Once `approved`, decisions are closed: an admin records the adoption (`approved → adopted`),
 * or an editor resubmits a newer version. A resubmission (from `in_review`, `changes_requested`
 * or `approved`) puts a newer version in review with every decision reset to pending; the cycle
 * it replaces becomes `superseded`. `adopted` and `superseded` are final: nothing moves them, and
 * their threads are read-only. Changes after an adoption are a new draft, submitted anew.
 *
 * Comments are allowed while a cycle is open (`in_review`, `changes_requested`, `approved`).
 * Who may act comes from the policy (lib/auth/policy.ts) plus the resource rule that only the
 * named reviewers decide.
 */
export type ReviewState = 'draft' | ReviewStatus;

export type ReviewEvent =
  | { type: 'submit'; role: Role; reviewers: number }
  | { type: 'decide'; role: Role; isNamedReviewer: boolean; decision: Exclude<ReviewDecision, 'pending'>; others: readonly ReviewDecision[] }
  | { type: 'resubmit'; role: Role; reviewers: number; sameVersion: boolean }
  | { type: 'adopt'; role: Role }
  | { type: 'comment'; role: Role };

/** Why a transition is refused: a message key under `errors.review`. */
export type Refusal = 'forbidden' | 'notNamedReviewer' | 'noReviewers' | 'notDraft' | 'notOpen' | 'decisionsClosed' | 'notApproved' | 'final' | 'sameVersion';

export type Transition = { ok: true; next: ReviewState } | { ok: false; reason: Refusal };

const OPEN: readonly ReviewState[] = ['in_review', 'changes_requested', 'approved'];
const FINAL: readonly ReviewState[] = ['adopted', 'superseded'];

/** True while a cycle takes comments and can be resubmitted. */
export function isOpen(state: ReviewState): boolean {
  return OPEN.includes(state);
}

/** The status that a set of decisions gives an open cycle. */
export function statusFromDecisions(decisions: readonly ReviewDecision[]): 'in_review' | 'changes_requested' | 'approved' {
  if (decisions.includes('changes_requested')) return 'changes_requested';
  if (decisions.length > 0 && decisions.every((d) => d === 'approved')) return 'approved';
  return 'in_review';
}

const refuse = (reason: Refusal): Transition => ({ ok: false, reason });

/**
 * A named reviewer's decision, the same in every review cycle (the strategy document's, the
 * evaluation's): only a named reviewer with `review.decide`, only while decisions are open; the
 * status then follows every decision. `refusals` names each refusal in the cycle's own messages.
 */
export function decideTransition<R extends string>(
  state: string,
  event: { role: Role; isNamedReviewer: boolean; decision: Exclude<ReviewDecision, 'pending'>; others: readonly ReviewDecision[] },
  refusals: { notNamed: R; closed: R; notOpen: R },
): { ok: true; next: ReturnType<typeof statusFromDecisions> } | { ok: false; reason: R | 'forbidden' } {
  if (!can(event.role, 'review.decide')) return { ok: false, reason: 'forbidden' };
  if (!event.isNamedReviewer) return { ok: false, reason: refusals.notNamed };
  if (state === 'approved') return { ok: false, reason: refusals.closed };
  if (state !== 'in_review' && state !== 'changes_requested') return { ok: false, reason: refusals.notOpen };
  return { ok: true, next: statusFromDecisions([...event.others, event.decision]) };
}

/**
 * A version put in review, the same in every review cycle: a caller with `rule.permission`, for a
 * version still in `rule.from` (never submitted), with at least one named reviewer.
 */
export function submitTransition<R extends string>(
  state: string,
  event: { role: Role; reviewers: number },
  rule: { permission: Permission; from: string; notSubmittable: R; noReviewers: R },
): { ok: true; next: 'in_review' } | { ok: false; reason: R | 'forbidden' } {
  if (!can(event.role, rule.permission)) return { ok: false, reason: 'forbidden' };
  if (state !== rule.from) return { ok: false, reason: rule.notSubmittable };
  if (event.reviewers < 1) return { ok: false, reason: rule.noReviewers };
  return { ok: true, next: 'in_review' };
}

/**
 * A newer version replacing an open cycle, the same in every review cycle: a caller with
 * `rule.permission`, an open cycle, another version, at least one named reviewer. The replaced
 * cycle becomes `superseded`.
 */
export function resubmitTransition<R extends string>(
  state: string,
  event: { role: Role; reviewers: number; newer: boolean },
  rule: { permission: Permission; notOpen: R; notNewer: R; noReviewers: R },
): { ok: true; next: 'superseded' } | { ok: false; reason: R | 'forbidden' } {
  if (!can(event.role, rule.permission)) return { ok: false, reason: 'forbidden' };
  if (!OPEN.includes(state as ReviewState)) return { ok: false, reason: rule.notOpen };
  if (!event.newer) return { ok: false, reason: rule.notNewer };
  if (event.reviewers < 1) return { ok: false, reason: rule.noReviewers };
  return { ok: true, next: 'superseded' };
}

/**
 * Where `event` takes a cycle in `state`. For `resubmit`, `next` is the state of the cycle being
 * replaced (`superseded`); the new cycle starts `in_review`.
 */
export function transition(state: ReviewState, event: ReviewEvent): Transition {
  if (FINAL.includes(state)) return refuse('final');
  switch (event.type) {
    case 'submit':
      return submitTransition(state, event, { permission: 'review.submit', from: 'draft', notSubmittable: 'notDraft', noReviewers: 'noReviewers' });
    case 'decide':
      return decideTransition(state, event, { notNamed: 'notNamedReviewer', closed: 'decisionsClosed', notOpen: 'notOpen' });
    case 'resubmit':
      return resubmitTransition(
        state,
        { ...event, newer: !event.sameVersion },
        { permission: 'review.submit', notOpen: 'notOpen', notNewer: 'sameVersion', noReviewers: 'noReviewers' },
      );
    case 'adopt':
      if (!can(event.role, 'review.adopt')) return refuse('forbidden');
      if (state !== 'approved') return refuse('notApproved');
      return { ok: true, next: 'adopted' };
    case 'comment':
      if (!can(event.role, 'review.comment')) return refuse('forbidden');
      if (!isOpen(state)) return refuse('notOpen');
      return { ok: true, next: state };
  }
}
