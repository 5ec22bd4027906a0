import type { CollabEntry, DemoIds, PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The yearly evaluation's entries of the endpoint registry (issue 21.4), an area of
// lib/security/registry.ts: the team reads it, managers write, an admin adopts,
// partners see nothing of it. registry.ts spreads these arrays into its own.

/** The demo seeds last year's evaluation (lib/seed/evaluation.ts). */
const year = () => new Date().getUTCFullYear() - 1;
const ws = (d: DemoIds) => `/${d.workspace}`;

export const EVALUATION_PAGES: PageEntry[] = [
  { kind: 'page', route: '/[workspace]/evaluation', rule: { kind: 'workspace', permission: 'evaluation.read' }, path: (d) => `${ws(d)}/evaluation` },
  {
    kind: 'page',
    route: '/[workspace]/evaluation/[year]',
    rule: { kind: 'workspace', permission: 'evaluation.read' },
    path: (d) => `${ws(d)}/evaluation/${year()}`,
  },
];

export const EVALUATION_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/evaluation/[year]/export',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'evaluation.read', note: 'the yearly evaluation as DOCX or PDF, live or a frozen version' },
    path: (d) => `/api/workspaces/${d.workspace}/evaluation/${year()}/export?format=docx&lang=en`,
  },
];

const action = (exportName: string, workspaceAction: string, permission: 'evaluation.write' | 'evaluation.adopt' | 'review.decide'): ServerActionEntry => ({
  kind: 'action',
  module: 'lib/evaluation/actions.ts',
  exportName,
  workspaceAction,
  rule: { kind: 'workspace', permission },
  args: (d) => [d.workspaceId, {}],
});

export const EVALUATION_ACTIONS: ServerActionEntry[] = [
  action('openEvaluationAction', 'evaluation.open', 'evaluation.write'),
  action('freezeEvaluationAction', 'evaluation.freeze', 'evaluation.write'),
  action('adoptEvaluationAction', 'evaluation.adopt', 'evaluation.adopt'),
  // The review of a frozen version: managers submit it, the strategy's reviewers decide (issue 21.4).
  action('submitEvaluationReviewAction', 'evaluation.submitReview', 'evaluation.write'),
  action('decideEvaluationReviewAction', 'evaluation.decideReview', 'review.decide'),
];

export const EVALUATION_COLLAB: CollabEntry[] = [
  {
    kind: 'collab',
    type: 'evaluation',
    builder: 'evaluationDocumentName',
    documents: [
      {
        label: "a written chapter of last year's evaluation (evaluation.write; the team reads; partners nothing)",
        name: (d) => `evaluation:${d.evaluation}:summary`,
        outcomes: {
          anonymous: 'refused',
          admin: 'read-write',
          editor: 'read-write',
          contributor: 'read-only',
          reviewer: 'read-only',
          partner: 'refused',
          otherPartner: 'refused',
          outsider: 'refused',
        },
      },
    ],
  },
];
