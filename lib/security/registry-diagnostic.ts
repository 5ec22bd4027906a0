import { workspacePage, ws, wsAction, type PageEntry, type ServerActionEntry } from './registry-model';

// The diagnostic. An area of lib/security/registry.ts.

export const DIAGNOSTIC_PAGES: PageEntry[] = [
  // Diagnostic
  workspacePage('/[workspace]/diagnostic', 'diagnostic.read', (d) => `${ws(d)}/diagnostic`),
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
  wsAction('lib/diagnostic/actions.ts', 'createDiagnosticAction', 'diagnostic.create', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'updateDiagnosticAction', 'diagnostic.update', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'deleteDiagnosticAction', 'diagnostic.delete', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'assignDimensionAction', 'diagnostic.assign', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'answerDimensionAction', 'diagnostic.answer', 'diagnostic.answer'),
  wsAction('lib/diagnostic/actions.ts', 'completeDiagnosticAction', 'diagnostic.complete', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'createFollowUpAction', 'diagnostic.followUpCreate', 'diagnostic.manage'),
  wsAction('lib/diagnostic/actions.ts', 'updateFollowUpAction', 'diagnostic.followUpUpdate', 'diagnostic.manage'),
];
