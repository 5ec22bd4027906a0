'use server';

import { queryAction } from '@/lib/auth/query-action';
import { CompetencyVisibilityInput, CustomCompetencyInput, CustomCompetencyRef, UpdateCustomCompetencyInput } from './schemas';
import { createCustomCompetency, deleteCustomCompetency, setCompetencyHidden, updateCustomCompetency } from './queries';

export const setCompetencyHiddenAction = queryAction('competencies.setHidden', CompetencyVisibilityInput, 'competencies.manage', setCompetencyHidden);

export const createCompetencyAction = queryAction('competencies.create', CustomCompetencyInput, 'competencies.manage', createCustomCompetency);

export const updateCompetencyAction = queryAction('competencies.update', UpdateCustomCompetencyInput, 'competencies.manage', updateCustomCompetency);

export const deleteCompetencyAction = queryAction('competencies.delete', CustomCompetencyRef, 'competencies.manage', deleteCustomCompetency);
