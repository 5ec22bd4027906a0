import { wsActionsOf } from './registry-model';
import type { ServerActionEntry } from './registry-model';

// The co-financing plans' server actions (issue 20.1): an area of lib/security/registry.ts. Same
// shape as its `wsAction` entries: the matrix sends an empty input, so an allowed caller stops at validation.

const coFinancingAction = wsActionsOf('lib/co-financing/actions.ts');
const ON_THE_ROW = {
  note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/co-financing/queries.ts)',
};

export const CO_FINANCING_ACTIONS: ServerActionEntry[] = [
  coFinancingAction('createCoFinancingLineAction', 'coFinancing.lineCreate', 'externalActions.update', ON_THE_ROW),
  coFinancingAction('updateCoFinancingLineAction', 'coFinancing.lineUpdate', 'externalActions.update', ON_THE_ROW),
  coFinancingAction('deleteCoFinancingLineAction', 'coFinancing.lineDelete', 'externalActions.update', ON_THE_ROW),
  coFinancingAction('createInstalmentAction', 'coFinancing.instalmentCreate', 'externalActions.update', ON_THE_ROW),
  coFinancingAction('deleteInstalmentAction', 'coFinancing.instalmentDelete', 'externalActions.update', ON_THE_ROW),
  // The call rules are workspace settings: admins only.
  coFinancingAction('saveCoFinancingRuleAction', 'coFinancing.ruleUpdate', 'workspace.update'),
];
