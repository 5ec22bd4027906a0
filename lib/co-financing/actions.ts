'use server';

import { queryAction } from '@/lib/auth/query-action';
import { CoFinancingLineInput, CoFinancingRef, CoFinancingRuleInput, InstalmentInput, UpdateCoFinancingLineInput } from './schemas';
import { createInstalment, createLine, deleteInstalment, deleteLine, saveRule, updateLine } from './queries';

// A co-financing plan is part of its action: whoever may edit the action (policy
// 'externalActions.update', then the row rule canEditAction) edits its plan. The call rules are
// the workspace's settings: admins only ('workspace.update').

export const createCoFinancingLineAction = queryAction('coFinancing.lineCreate', CoFinancingLineInput, 'externalActions.update', createLine);

export const updateCoFinancingLineAction = queryAction('coFinancing.lineUpdate', UpdateCoFinancingLineInput, 'externalActions.update', updateLine);

export const deleteCoFinancingLineAction = queryAction('coFinancing.lineDelete', CoFinancingRef, 'externalActions.update', deleteLine);

export const createInstalmentAction = queryAction('coFinancing.instalmentCreate', InstalmentInput, 'externalActions.update', createInstalment);

export const deleteInstalmentAction = queryAction('coFinancing.instalmentDelete', CoFinancingRef, 'externalActions.update', deleteInstalment);

export const saveCoFinancingRuleAction = queryAction('coFinancing.ruleUpdate', CoFinancingRuleInput, 'workspace.update', saveRule);
