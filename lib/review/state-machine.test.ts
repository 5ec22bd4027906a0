import { describe, expect, it } from 'vitest';
import { ROLES } from '@/db/schema/workspaces';
import { isOpen, statusFromDecisions, transition, type ReviewEvent, type ReviewState, type Transition } from './state-machine';

const STATES: ReviewState[] = ['draft', 'in_review', 'changes_requested', 'approved', 'adopted', 'superseded'];

// Every state against every event, as the people allowed to send it. `others` are the other
// reviewers' decisions: one still pending, so an approval alone does not approve the version.
const EVENTS: Record<string, ReviewEvent> = {
  submit: { type: 'submit', role: 'editor', reviewers: 2 },
  approve: { type: 'decide', role: 'reviewer', isNamedReviewer: true, decision: 'approved', others: ['pending'] },
  lastApproval: { type: 'decide', role: 'reviewer', isNamedReviewer: true, decision: 'approved', others: ['approved'] },
  requestChanges: { type: 'decide', role: 'reviewer', isNamedReviewer: true, decision: 'changes_requested', others: ['approved'] },
  resubmit: { type: 'resubmit', role: 'editor', reviewers: 2, sameVersion: false },
  adopt: { type: 'adopt', role: 'admin' },
  comment: { type: 'comment', role: 'contributor' },
};

type Expected = { ok: true; next: ReviewState } | { ok: false; reason: string };
const ok = (next: ReviewState): Transition => ({ ok: true, next });
const no = (reason: string) => ({ ok: false as const, reason });

const everyEvent = (expected: Expected) => Object.fromEntries(Object.keys(EVENTS).map((name) => [name, expected]));

/** An open review (in review or changes requested) answers alike; a comment leaves it in `state`. */
const whileOpen = (state: ReviewState): Record<string, Expected> => ({
  submit: no('notDraft'),
  approve: ok('in_review'),
  lastApproval: ok('approved'),
  requestChanges: ok('changes_requested'),
  resubmit: ok('superseded'),
  adopt: no('notApproved'),
  comment: ok(state),
});

const TABLE: Record<ReviewState, Record<string, Expected>> = {
  draft: {
    submit: ok('in_review'),
    approve: no('notOpen'),
    lastApproval: no('notOpen'),
    requestChanges: no('notOpen'),
    resubmit: no('notOpen'),
    adopt: no('notApproved'),
    comment: no('notOpen'),
  },
  in_review: whileOpen('in_review'),
  // The reviewer who asked for changes approves after all: the others decide the status.
  changes_requested: whileOpen('changes_requested'),
  approved: {
    submit: no('notDraft'),
    approve: no('decisionsClosed'),
    lastApproval: no('decisionsClosed'),
    requestChanges: no('decisionsClosed'),
    resubmit: ok('superseded'),
    adopt: ok('adopted'),
    comment: ok('approved'),
  },
  // Final: every event is refused.
  adopted: everyEvent(no('final')),
  superseded: everyEvent(no('final')),
};

describe('review state machine', () => {
  for (const state of STATES) {
    for (const [name, event] of Object.entries(EVENTS)) {
      const expected = TABLE[state][name]!;
      it(`${state} + ${name} → ${expected.ok ? expected.next : `refused (${expected.reason})`}`, () => {
        expect(transition(state, event)).toEqual(expected);
      });
    }
  }

  it('submitting needs at least one reviewer and an editor or admin', () => {
    expect(transition('draft', { type: 'submit', role: 'editor', reviewers: 0 })).toEqual(no('noReviewers'));
    expect(transition('draft', { type: 'submit', role: 'admin', reviewers: 1 })).toEqual(ok('in_review'));
    for (const role of ['contributor', 'reviewer', 'partner'] as const) {
      expect(transition('draft', { type: 'submit', role, reviewers: 1 })).toEqual(no('forbidden'));
    }
  });

  it('only named reviewers decide, whatever their role', () => {
    const decide = (role: (typeof ROLES)[number], named: boolean) =>
      transition('in_review', { type: 'decide', role, isNamedReviewer: named, decision: 'approved', others: [] });
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      expect(decide(role, true)).toEqual(ok('approved'));
      expect(decide(role, false)).toEqual(no('notNamedReviewer'));
    }
    for (const role of ['contributor', 'partner'] as const) expect(decide(role, true)).toEqual(no('forbidden'));
  });

  it('a resubmission needs a different version, reviewers and an editor or admin', () => {
    expect(transition('changes_requested', { type: 'resubmit', role: 'editor', reviewers: 2, sameVersion: true })).toEqual(no('sameVersion'));
    expect(transition('changes_requested', { type: 'resubmit', role: 'editor', reviewers: 0, sameVersion: false })).toEqual(no('noReviewers'));
    expect(transition('changes_requested', { type: 'resubmit', role: 'reviewer', reviewers: 2, sameVersion: false })).toEqual(no('forbidden'));
  });

  it('only an admin adopts', () => {
    for (const role of ROLES) {
      expect(transition('approved', { type: 'adopt', role })).toEqual(role === 'admin' ? ok('adopted') : no('forbidden'));
    }
  });

  it('partners do not comment on the review', () => {
    expect(transition('in_review', { type: 'comment', role: 'partner' })).toEqual(no('forbidden'));
    for (const role of ['admin', 'editor', 'contributor', 'reviewer'] as const) expect(transition('in_review', { type: 'comment', role }).ok).toBe(true);
  });

  it('derives the status from the decisions', () => {
    expect(statusFromDecisions([])).toBe('in_review');
    expect(statusFromDecisions(['pending', 'approved'])).toBe('in_review');
    expect(statusFromDecisions(['approved', 'approved'])).toBe('approved');
    expect(statusFromDecisions(['approved', 'changes_requested'])).toBe('changes_requested');
    expect(statusFromDecisions(['pending', 'changes_requested'])).toBe('changes_requested');
  });

  it('says which states are open', () => {
    expect(STATES.filter(isOpen)).toEqual(['in_review', 'changes_requested', 'approved']);
  });
});
