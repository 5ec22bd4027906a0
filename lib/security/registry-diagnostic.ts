import { workspacePageAtRoute, workspacePageWith, wsAction, wsActionGroup } from './registry-model';
import type { PageEntry, ServerActionEntry } from './registry-model';

// The diagnostic. An area of lib/security/registry.ts.

const DIAGNOSTIC_ACTIONS_MODULE = 'lib/diagnostic/actions.ts';

export const DIAGNOSTIC_PAGES: PageEntry[] = [
  // Diagnostic
  workspacePageAtRoute('/[workspace]/diagnostic', 'diagnostic.read'),
  workspacePageWith('/[workspace]/diagnostic/[diagnosticId]', 'diagnostic.read', { diagnosticId: 'completedDiagnostic' }),
  workspacePageWith(
    '/[workspace]/diagnostic/[diagnosticId]/[dimension]',
    'diagnostic.read',
    { diagnosticId: 'inProgressDiagnostic', dimension: 'contributorDimension' },
    {
      resource: { reviewer: 'forbidden' },
      note: 'reviewers read completed diagnostics only; contributors the dimensions assigned to them (this one: theirs)',
    },
  ),
  workspacePageWith('/[workspace]/diagnostic/[diagnosticId]/report', 'diagnostic.read', { diagnosticId: 'completedDiagnostic' }),
  workspacePageWith('/[workspace]/diagnostic/[diagnosticId]/results', 'diagnostic.read', { diagnosticId: 'completedDiagnostic' }),
];

export const DIAGNOSTIC_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup(DIAGNOSTIC_ACTIONS_MODULE, 'diagnostic.manage', {
    createDiagnosticAction: 'diagnostic.create',
    updateDiagnosticAction: 'diagnostic.update',
    deleteDiagnosticAction: 'diagnostic.delete',
    assignDimensionAction: 'diagnostic.assign',
    completeDiagnosticAction: 'diagnostic.complete',
    createFollowUpAction: 'diagnostic.followUpCreate',
    updateFollowUpAction: 'diagnostic.followUpUpdate',
  }),
  wsAction(DIAGNOSTIC_ACTIONS_MODULE, 'answerDimensionAction', 'diagnostic.answer', 'diagnostic.answer'),
];
