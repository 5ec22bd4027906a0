'use server';

import { workspaceAction } from '@/lib/auth/action';
import { CompetencyVisibilityInput, CustomCompetencyInput, CustomCompetencyRef, UpdateCustomCompetencyInput } from './schemas';
import { createCustomCompetency, deleteCustomCompetency, setCompetencyHidden, updateCustomCompetency } from './queries';

export const setCompetencyHiddenAction = workspaceAction('competencies.setHidden', CompetencyVisibilityInput, 'competencies.manage', (ctx, input, tx) =>
  setCompetencyHidden(tx, ctx, input),
);

export const createCompetencyAction = workspaceAction('competencies.create', CustomCompetencyInput, 'competencies.manage', (ctx, input, tx) =>
  createCustomCompetency(tx, ctx, input),
);

export const updateCompetencyAction = workspaceAction('competencies.update', UpdateCustomCompetencyInput, 'competencies.manage', (ctx, input, tx) =>
  updateCustomCompetency(tx, ctx, input),
);

export const deleteCompetencyAction = workspaceAction('competencies.delete', CustomCompetencyRef, 'competencies.manage', (ctx, input, tx) =>
  deleteCustomCompetency(tx, ctx, input),
);
