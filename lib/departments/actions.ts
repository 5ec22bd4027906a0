'use server';

import { workspaceAction } from '@/lib/auth/action';
import { DepartmentBudgetLineInput, DepartmentBudgetLineRef, DepartmentInput, DepartmentRef, UpdateDepartmentInput } from './schemas';
import { addDepartmentBudgetLine, createDepartment, deleteDepartment, deleteDepartmentBudgetLine, updateDepartment } from './queries';

export const createDepartmentAction = workspaceAction('departments.create', DepartmentInput, 'departments.manage', (ctx, input, tx) =>
  createDepartment(tx, ctx, input),
);

// Contributors pass the policy here; queries.ts lets them edit only their own department.
export const updateDepartmentAction = workspaceAction('departments.update', UpdateDepartmentInput, 'departments.update', (ctx, input, tx) =>
  updateDepartment(tx, ctx, input),
);

export const deleteDepartmentAction = workspaceAction('departments.delete', DepartmentRef, 'departments.manage', (ctx, input, tx) =>
  deleteDepartment(tx, ctx, input),
);

export const addDepartmentBudgetLineAction = workspaceAction('departments.addBudgetLine', DepartmentBudgetLineInput, 'departments.update', (ctx, input, tx) =>
  addDepartmentBudgetLine(tx, ctx, input),
);

export const deleteDepartmentBudgetLineAction = workspaceAction(
  'departments.deleteBudgetLine',
  DepartmentBudgetLineRef,
  'departments.update',
  (ctx, input, tx) => deleteDepartmentBudgetLine(tx, ctx, input),
);
