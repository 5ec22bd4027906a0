'use server';

import { workspaceAction } from '@/lib/auth/action';
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

export const createDiagnosticAction = workspaceAction('diagnostic.create', DiagnosticInput, 'diagnostic.manage', (ctx, input, tx) =>
  createDiagnostic(tx, ctx, input),
);

export const updateDiagnosticAction = workspaceAction('diagnostic.update', UpdateDiagnosticInput, 'diagnostic.manage', (ctx, input, tx) =>
  updateDiagnostic(tx, ctx, input),
);

export const deleteDiagnosticAction = workspaceAction('diagnostic.delete', DiagnosticRef, 'diagnostic.manage', (ctx, input, tx) =>
  deleteDiagnostic(tx, ctx, input),
);

export const assignDimensionAction = workspaceAction('diagnostic.assign', AssignInput, 'diagnostic.manage', (ctx, input, tx) =>
  assignDimension(tx, ctx, input),
);

export const answerDimensionAction = workspaceAction('diagnostic.answer', AnswerDimensionInput, 'diagnostic.answer', (ctx, input, tx) =>
  answerDimension(tx, ctx, input),
);

export const completeDiagnosticAction = workspaceAction('diagnostic.complete', DiagnosticRef, 'diagnostic.manage', (ctx, input, tx) =>
  completeDiagnostic(tx, ctx, input),
);

export const createFollowUpAction = workspaceAction('diagnostic.followUpCreate', FollowUpInput, 'diagnostic.manage', (ctx, input, tx) =>
  createFollowUp(tx, ctx, input),
);

export const updateFollowUpAction = workspaceAction('diagnostic.followUpUpdate', UpdateFollowUpInput, 'diagnostic.manage', (ctx, input, tx) =>
  updateFollowUp(tx, ctx, input),
);
