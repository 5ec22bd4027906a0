import 'server-only';

// The diagnostic domain's reads and writes, one module per concern; imported from here.

export { getDiagnostic, loadAnswers, listAssignments, visibleDimensionKeys, mayAnswer } from './access-queries';
export {
  listDiagnostics,
  ruleContext,
  getDiagnosticView,
  listEarlierCompleted,
  compareDiagnostics,
  listAnsweringMembers,
  listOwnerCandidates,
} from './read-queries';
export type { DiagnosticSummary, DiagnosticView } from './read-queries';
export { createDiagnostic, updateDiagnostic, deleteDiagnostic, assignDimension, answerDimension, completeDiagnostic } from './write-queries';
export { listFollowUps, createFollowUp, updateFollowUp } from './follow-up-queries';
