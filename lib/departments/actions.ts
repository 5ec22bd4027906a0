'use server';

import { queryAction } from '@/lib/auth/query-action';
import { DepartmentBudgetLineInput, DepartmentBudgetLineRef, DepartmentInput, DepartmentRef, UpdateDepartmentInput } from './schemas';
import { addDepartmentBudgetLine, createDepartment, deleteDepartment, deleteDepartmentBudgetLine, updateDepartment } from './queries';

export const createDepartmentAction = queryAction('departments.create', DepartmentInput, 'departments.manage', createDepartment);

// Contributors pass the policy here; queries.ts lets them edit only their own department.
export const updateDepartmentAction = queryAction('departments.update', UpdateDepartmentInput, 'departments.update', updateDepartment);

export const deleteDepartmentAction = queryAction('departments.delete', DepartmentRef, 'departments.manage', deleteDepartment);

export const addDepartmentBudgetLineAction = queryAction('departments.addBudgetLine', DepartmentBudgetLineInput, 'departments.update', addDepartmentBudgetLine);

export const deleteDepartmentBudgetLineAction = queryAction(
  'departments.deleteBudgetLine',
  DepartmentBudgetLineRef,
  'departments.update',
  deleteDepartmentBudgetLine,
);
