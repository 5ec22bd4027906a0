import { collabDocuments, teamDocument, workspaceGetRoute, workspacePage, workspacePageAtRoute, ws, wsActionGroup, wsActionsOf } from './registry-model';
import type { CollabEntry, PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The yearly evaluation's entries of the endpoint registry (issue 21.4), an area of
// lib/security/registry.ts: the team reads it, managers write, an admin adopts,
// partners see nothing of it. registry.ts spreads these arrays into its own.

/** The demo seeds last year's evaluation (lib/seed/evaluation.ts). */
const year = () => new Date().getUTCFullYear() - 1;

export const EVALUATION_PAGES: PageEntry[] = [
  workspacePageAtRoute('/[workspace]/evaluation', 'evaluation.read'),
  workspacePage('/[workspace]/evaluation/[year]', 'evaluation.read', (d) => `${ws(d)}/evaluation/${year()}`),
];

export const EVALUATION_ROUTES: RouteHandlerEntry[] = [
  workspaceGetRoute(
    '/api/workspaces/[workspace]/evaluation/[year]/export',
    'evaluation.read',
    (d) => `/api/workspaces/${d.workspace}/evaluation/${year()}/export?format=docx&lang=en`,
    { note: 'the yearly evaluation as DOCX or PDF, live or a frozen version' },
  ),
];

const EVALUATION_ACTIONS_MODULE = 'lib/evaluation/actions.ts';
const action = wsActionsOf(EVALUATION_ACTIONS_MODULE);

export const EVALUATION_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup(EVALUATION_ACTIONS_MODULE, 'evaluation.write', { openEvaluationAction: 'evaluation.open', freezeEvaluationAction: 'evaluation.freeze' }),
  action('adoptEvaluationAction', 'evaluation.adopt', 'evaluation.adopt'),
  // The review of a frozen version: managers submit it, the strategy's reviewers decide (issue 21.4).
  action('submitEvaluationReviewAction', 'evaluation.submitReview', 'evaluation.write'),
  action('decideEvaluationReviewAction', 'evaluation.decideReview', 'review.decide'),
];

export const EVALUATION_COLLAB: CollabEntry[] = [
  collabDocuments('evaluation', 'evaluationDocumentName', [
    {
      label: "a written chapter of last year's evaluation (evaluation.write; the team reads; partners nothing)",
      name: (d) => `evaluation:${d.evaluation}:summary`,
      outcomes: teamDocument(),
    },
  ]),
];
