'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { DepartmentBudgetLineInput, DepartmentBudgetLineRef, DepartmentInput, DepartmentRef, UpdateDepartmentInput } from './schemas';
import { addDepartmentBudgetLine, createDepartment, deleteDepartment, deleteDepartmentBudgetLine, updateDepartment } from './queries';

export const createDepartmentAction = workspaceQueryAction('departments.create', DepartmentInput, 'departments.manage', createDepartment);

// Contributors pass the policy here; queries.ts lets them edit only their own department.
export const updateDepartmentAction = workspaceQueryAction('departments.update', UpdateDepartmentInput, 'departments.update', updateDepartment);

export const deleteDepartmentAction = workspaceQueryAction('departments.delete', DepartmentRef, 'departments.manage', deleteDepartment);

export const addDepartmentBudgetLineAction = workspaceQueryAction(
  'departments.addBudgetLine',
  DepartmentBudgetLineInput,
  'departments.update',
  addDepartmentBudgetLine,
);

export const deleteDepartmentBudgetLineAction = workspaceQueryAction(
  'departments.deleteBudgetLine',
  DepartmentBudgetLineRef,
  'departments.update',
  deleteDepartmentBudgetLine,
);
