'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
import { AssignInput, DiagnosticInput, DiagnosticRef, FollowUpInput, UpdateDiagnosticInput, UpdateFollowUpInput } from './schemas';
import { AnswerDimensionInput } from './answer-schemas';
import {
  answerDimension,
  assignDimension,
  completeDiagnostic,
  createDiagnostic,
  createFollowUp,
  deleteDiagnostic,
  updateDiagnostic,
  updateFollowUp,
} from './queries';

export const createDiagnosticAction = workspaceQueryAction('diagnostic.create', DiagnosticInput, 'diagnostic.manage', createDiagnostic);

export const updateDiagnosticAction = workspaceQueryAction('diagnostic.update', UpdateDiagnosticInput, 'diagnostic.manage', updateDiagnostic);

export const deleteDiagnosticAction = workspaceQueryAction('diagnostic.delete', DiagnosticRef, 'diagnostic.manage', deleteDiagnostic);

export const assignDimensionAction = workspaceQueryAction('diagnostic.assign', AssignInput, 'diagnostic.manage', assignDimension);

export const answerDimensionAction = workspaceQueryAction('diagnostic.answer', AnswerDimensionInput, 'diagnostic.answer', answerDimension);

export const completeDiagnosticAction = workspaceQueryAction('diagnostic.complete', DiagnosticRef, 'diagnostic.manage', completeDiagnostic);

export const createFollowUpAction = workspaceQueryAction('diagnostic.followUpCreate', FollowUpInput, 'diagnostic.manage', createFollowUp);

export const updateFollowUpAction = workspaceQueryAction('diagnostic.followUpUpdate', UpdateFollowUpInput, 'diagnostic.manage', updateFollowUp);
