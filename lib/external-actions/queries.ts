import 'server-only';

// The external-actions domain's reads and writes, one module per concern; imported from here.

export { getExternalAction, canEditAction, getEditableAction } from './access-queries';
export { listExternalActions, listActionOptions, listFilterOptions } from './list-queries';
export { externalActionFormValues, getExternalActionDetail, listLinkableActors } from './detail-queries';
export type { ExternalActionDetail } from './detail-queries';
export { createExternalAction, updateExternalAction, deleteExternalAction, recordObservedReturn, deleteObservedReturn } from './write-queries';
export { getReturnsGap, BUDGET_NONE, BUDGET_DEPARTMENT_LINES, getBudgetConsolidation, getCompetencyMatrix, getBlindSpots } from './view-queries';
