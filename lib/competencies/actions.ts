'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { CompetencyVisibilityInput, CustomCompetencyInput, CustomCompetencyRef, UpdateCustomCompetencyInput } from './schemas';
import { createCustomCompetency, deleteCustomCompetency, setCompetencyHidden, updateCustomCompetency } from './queries';

export const setCompetencyHiddenAction = workspaceQueryAction('competencies.setHidden', CompetencyVisibilityInput, 'competencies.manage', setCompetencyHidden);

export const createCompetencyAction = workspaceQueryAction('competencies.create', CustomCompetencyInput, 'competencies.manage', createCustomCompetency);

export const updateCompetencyAction = workspaceQueryAction('competencies.update', UpdateCustomCompetencyInput, 'competencies.manage', updateCustomCompetency);

export const deleteCompetencyAction = workspaceQueryAction('competencies.delete', CustomCompetencyRef, 'competencies.manage', deleteCustomCompetency);
