'use server';

import { workspaceAction } from '@/lib/auth/action';
import { AdoptEvaluationInput, FreezeEvaluationInput, OpenEvaluationInput } from './schemas';
import { adoptEvaluation, freezeEvaluation, openEvaluation } from './queries';

// Managers open a year's evaluation and freeze versions of it; only an admin records the adoption.

export const openEvaluationAction = workspaceAction('evaluation.open', OpenEvaluationInput, 'evaluation.write', (ctx, input, tx) =>
  openEvaluation(tx, ctx, input),
);

export const freezeEvaluationAction = workspaceAction('evaluation.freeze', FreezeEvaluationInput, 'evaluation.write', (ctx, input, tx) =>
  freezeEvaluation(tx, ctx, input),
);

export const adoptEvaluationAction = workspaceAction('evaluation.adopt', AdoptEvaluationInput, 'evaluation.adopt', (ctx, input, tx) =>
  adoptEvaluation(tx, ctx, input),
);
