import type { Permission } from '@/lib/auth/policy';
import type { ServerActionEntry } from './registry-model';

// The co-financing plans' server actions (issue 20.1): an area of lib/security/registry.ts. Same
// shape as its `wsAction` entries: the matrix sends an empty input, so an allowed caller stops at validation.

const MODULE = 'lib/co-financing/actions.ts';
const ROW_NOTE = 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/co-financing/queries.ts)';

const entry = (exportName: string, name: string, permission: Permission, note?: string): ServerActionEntry => ({
  kind: 'action',
  module: MODULE,
  exportName,
  workspaceAction: name,
  rule: { kind: 'workspace', permission, ...(note ? { note } : {}) },
  args: (d) => [d.workspaceId, {}],
});

export const CO_FINANCING_ACTIONS: ServerActionEntry[] = [
  entry('createCoFinancingLineAction', 'coFinancing.lineCreate', 'externalActions.update', ROW_NOTE),
  entry('updateCoFinancingLineAction', 'coFinancing.lineUpdate', 'externalActions.update', ROW_NOTE),
  entry('deleteCoFinancingLineAction', 'coFinancing.lineDelete', 'externalActions.update', ROW_NOTE),
  entry('createInstalmentAction', 'coFinancing.instalmentCreate', 'externalActions.update', ROW_NOTE),
  entry('deleteInstalmentAction', 'coFinancing.instalmentDelete', 'externalActions.update', ROW_NOTE),
  // The call rules are workspace settings: admins only.
  entry('saveCoFinancingRuleAction', 'coFinancing.ruleUpdate', 'workspace.update'),
];
