'use server';

import { workspaceAction } from '@/lib/auth/action';
import { CoFinancingLineInput, CoFinancingRef, CoFinancingRuleInput, InstalmentInput, UpdateCoFinancingLineInput } from './schemas';
import { createInstalment, createLine, deleteInstalment, deleteLine, saveRule, updateLine } from './queries';

// A co-financing plan is part of its action: whoever may edit the action (policy
// 'externalActions.update', then the row rule canEditAction) edits its plan. The call rules are
// the workspace's settings: admins only ('workspace.update').

export const createCoFinancingLineAction = workspaceAction('coFinancing.lineCreate', CoFinancingLineInput, 'externalActions.update', (ctx, input, tx) =>
  createLine(tx, ctx, input),
);

export const updateCoFinancingLineAction = workspaceAction('coFinancing.lineUpdate', UpdateCoFinancingLineInput, 'externalActions.update', (ctx, input, tx) =>
  updateLine(tx, ctx, input),
);

export const deleteCoFinancingLineAction = workspaceAction('coFinancing.lineDelete', CoFinancingRef, 'externalActions.update', (ctx, input, tx) =>
  deleteLine(tx, ctx, input),
);

export const createInstalmentAction = workspaceAction('coFinancing.instalmentCreate', InstalmentInput, 'externalActions.update', (ctx, input, tx) =>
  createInstalment(tx, ctx, input),
);

export const deleteInstalmentAction = workspaceAction('coFinancing.instalmentDelete', CoFinancingRef, 'externalActions.update', (ctx, input, tx) =>
  deleteInstalment(tx, ctx, input),
);

export const saveCoFinancingRuleAction = workspaceAction('coFinancing.ruleUpdate', CoFinancingRuleInput, 'workspace.update', (ctx, input, tx) =>
  saveRule(tx, ctx, input),
);
