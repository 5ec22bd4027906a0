import type { Role } from '@/db/schema/workspaces';
import type { EvaluationReviewDecision, EvaluationReviewStatus } from '@/db/schema/evaluation-review';
import { can } from '@/lib/auth/policy';
import { decideTransition, resubmitTransition, submitTransition } from '@/lib/review/state-machine';

/**
 * The review of a yearly evaluation, as a pure state machine (no database, no clock), on the model
 * of the strategy document's (lib/review/state-machine.ts) but on frozen evaluation versions.
 *
 * A frozen version is submitted by a manager (`evaluation.write`) to named reviewers (members with
 * `review.decide`: the elected officials, and the team's managers): `frozen → in_review`. Each named
 * reviewer approves or sends it back with a note; the status follows the decisions (any send-back →
 * `changes_requested`, all approved → `approved`). Only an `approved` version may be adopted
 * (`evaluation.adopt`, an admin): `approved → adopted`. A newer frozen version submitted while a
 * cycle is open replaces it (`superseded`). `adopted` and `superseded` are final.
 */
export type EvaluationReviewState = 'frozen' | EvaluationReviewStatus;

export type EvaluationReviewEvent =
  | { type: 'submit'; role: Role; reviewers: number }
  | { type: 'resubmit'; role: Role; reviewers: number; newer: boolean }
  | {
      type: 'decide';
      role: Role;
      isNamedReviewer: boolean;
      decision: Exclude<EvaluationReviewDecision, 'pending'>;
      others: readonly EvaluationReviewDecision[];
    }
  | { type: 'adopt'; role: Role };

/** Why a transition is refused: a message key under `evaluation.errors`. */
export type EvaluationReviewRefusal =
  | 'forbidden'
  | 'evaluationReviewNotNamed'
  | 'evaluationReviewNoReviewers'
  | 'evaluationReviewAlreadySubmitted'
  | 'evaluationReviewNotOpen'
  | 'evaluationReviewDecisionsClosed'
  | 'evaluationReviewNotApproved'
  | 'evaluationReviewFinal'
  | 'evaluationReviewNotNewer';

export type EvaluationTransition = { ok: true; next: EvaluationReviewState } | { ok: false; reason: EvaluationReviewRefusal };

const OPEN: readonly EvaluationReviewState[] = ['in_review', 'changes_requested', 'approved'];
const FINAL: readonly EvaluationReviewState[] = ['adopted', 'superseded'];
const refuse = (reason: EvaluationReviewRefusal): EvaluationTransition => ({ ok: false, reason });

/** True while a cycle is under way (decisions, approval awaiting adoption): a newer version may replace it. */
export function isOpenReview(state: EvaluationReviewState): boolean {
  return OPEN.includes(state);
}

/**
 * Where `event` takes a cycle in `state`. For `resubmit`, `next` is the state of the cycle being
 * replaced (`superseded`); the new cycle starts `in_review`.
 */
export function evaluationReviewTransition(state: EvaluationReviewState, event: EvaluationReviewEvent): EvaluationTransition {
  if (FINAL.includes(state)) return refuse('evaluationReviewFinal');
  switch (event.type) {
    case 'submit':
      return submitTransition(state, event, {
        permission: 'evaluation.write',
        from: 'frozen',
        notSubmittable: 'evaluationReviewAlreadySubmitted',
        noReviewers: 'evaluationReviewNoReviewers',
      });
    case 'resubmit':
      return resubmitTransition(state, event, {
        permission: 'evaluation.write',
        notOpen: 'evaluationReviewNotOpen',
        notNewer: 'evaluationReviewNotNewer',
        noReviewers: 'evaluationReviewNoReviewers',
      });
    case 'decide':
      return decideTransition(state, event, {
        notNamed: 'evaluationReviewNotNamed',
        closed: 'evaluationReviewDecisionsClosed',
        notOpen: 'evaluationReviewNotOpen',
      });
    case 'adopt':
      if (!can(event.role, 'evaluation.adopt')) return refuse('forbidden');
      if (state !== 'approved') return refuse('evaluationReviewNotApproved');
      return { ok: true, next: 'adopted' };
  }
}
