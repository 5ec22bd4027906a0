import { workspacePage, workspacePageAtRoute, ws, wsActionsOf } from './registry-model';
import type { PageEntry, ServerActionEntry } from './registry-model';

// The diagnostic. An area of lib/security/registry.ts.

const diagnosticAction = wsActionsOf('lib/diagnostic/actions.ts');

export const DIAGNOSTIC_PAGES: PageEntry[] = [
  // Diagnostic
  workspacePageAtRoute('/[workspace]/diagnostic', 'diagnostic.read'),
  workspacePage('/[workspace]/diagnostic/[diagnosticId]', 'diagnostic.read', (d) => `${ws(d)}/diagnostic/${d.completedDiagnostic}`),
  workspacePage(
    '/[workspace]/diagnostic/[diagnosticId]/[dimension]',
    'diagnostic.read',
    (d) => `${ws(d)}/diagnostic/${d.inProgressDiagnostic}/${d.contributorDimension}`,
    {
      resource: { reviewer: 'forbidden' },
      note: 'reviewers read completed diagnostics only; contributors the dimensions assigned to them (this one: theirs)',
    },
  ),
  workspacePage('/[workspace]/diagnostic/[diagnosticId]/report', 'diagnostic.read', (d) => `${ws(d)}/diagnostic/${d.completedDiagnostic}/report`),
  workspacePage('/[workspace]/diagnostic/[diagnosticId]/results', 'diagnostic.read', (d) => `${ws(d)}/diagnostic/${d.completedDiagnostic}/results`),
];

export const DIAGNOSTIC_ACTIONS: ServerActionEntry[] = [
  diagnosticAction('createDiagnosticAction', 'diagnostic.create', 'diagnostic.manage'),
  diagnosticAction('updateDiagnosticAction', 'diagnostic.update', 'diagnostic.manage'),
  diagnosticAction('deleteDiagnosticAction', 'diagnostic.delete', 'diagnostic.manage'),
  diagnosticAction('assignDimensionAction', 'diagnostic.assign', 'diagnostic.manage'),
  diagnosticAction('answerDimensionAction', 'diagnostic.answer', 'diagnostic.answer'),
  diagnosticAction('completeDiagnosticAction', 'diagnostic.complete', 'diagnostic.manage'),
  diagnosticAction('createFollowUpAction', 'diagnostic.followUpCreate', 'diagnostic.manage'),
  diagnosticAction('updateFollowUpAction', 'diagnostic.followUpUpdate', 'diagnostic.manage'),
];
