import { wsAction, wsActionGroup } from './registry-model';
import type { ServerActionEntry } from './registry-model';

// The co-financing plans' server actions (issue 20.1): an area of lib/security/registry.ts. Same
// shape as its `wsAction` entries: the matrix sends an empty input, so an allowed caller stops at validation.

const CO_FINANCING_ACTIONS_MODULE = 'lib/co-financing/actions.ts';
const ON_THE_ROW = {
  note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/co-financing/queries.ts)',
};

export const CO_FINANCING_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup(
    CO_FINANCING_ACTIONS_MODULE,
    'externalActions.update',
    {
      createCoFinancingLineAction: 'coFinancing.lineCreate',
      updateCoFinancingLineAction: 'coFinancing.lineUpdate',
      deleteCoFinancingLineAction: 'coFinancing.lineDelete',
      createInstalmentAction: 'coFinancing.instalmentCreate',
      deleteInstalmentAction: 'coFinancing.instalmentDelete',
    },
    ON_THE_ROW,
  ),
  // The call rules are workspace settings: admins only.
  wsAction(CO_FINANCING_ACTIONS_MODULE, 'saveCoFinancingRuleAction', 'coFinancing.ruleUpdate', 'workspace.update'),
];
