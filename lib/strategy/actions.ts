'use server';

import { workspaceAction } from '@/lib/auth/action';
import {
  AxisInput,
  AxisRef,
  FollowUpAxisInput,
  IndicatorInput,
  IndicatorRef,
  IndicatorValueInput,
  IndicatorValueRef,
  PlacementInput,
  ProposalInput,
  StrategyInput,
  UpdateAxisInput,
  UpdateIndicatorInput,
} from './schemas';
import {
  attachFollowUp,
  createAxis,
  createIndicator,
  deleteAxis,
  deleteIndicator,
  deleteIndicatorValue,
  setPlacement,
  proposePlacement,
  recordIndicatorValue,
  saveStrategy,
  updateAxis,
  updateIndicator,
} from './queries';

// Contributors pass the policy for indicators and proposals; queries.ts limits them to the
// indicators they own.

export const saveStrategyAction = workspaceAction('strategy.save', StrategyInput, 'strategy.manage', (ctx, input, tx) => saveStrategy(tx, ctx, input));

export const createAxisAction = workspaceAction('strategy.createAxis', AxisInput, 'strategy.manage', (ctx, input, tx) => createAxis(tx, ctx, input));

export const updateAxisAction = workspaceAction('strategy.updateAxis', UpdateAxisInput, 'strategy.manage', (ctx, input, tx) => updateAxis(tx, ctx, input));

export const deleteAxisAction = workspaceAction('strategy.deleteAxis', AxisRef, 'strategy.manage', (ctx, input, tx) => deleteAxis(tx, ctx, input));

export const setPlacementAction = workspaceAction('strategy.placeAction', PlacementInput, 'strategy.manage', (ctx, input, tx) => setPlacement(tx, ctx, input));

export const proposePlacementAction = workspaceAction('strategy.proposePlacement', ProposalInput, 'strategy.propose', (ctx, input, tx) =>
  proposePlacement(tx, ctx, input),
);

export const attachFollowUpAction = workspaceAction('strategy.attachFollowUp', FollowUpAxisInput, 'strategy.manage', (ctx, input, tx) =>
  attachFollowUp(tx, ctx, input),
);

export const createIndicatorAction = workspaceAction('strategy.createIndicator', IndicatorInput, 'strategy.manage', (ctx, input, tx) =>
  createIndicator(tx, ctx, input),
);

export const updateIndicatorAction = workspaceAction('strategy.updateIndicator', UpdateIndicatorInput, 'strategy.indicators.update', (ctx, input, tx) =>
  updateIndicator(tx, ctx, input),
);

export const deleteIndicatorAction = workspaceAction('strategy.deleteIndicator', IndicatorRef, 'strategy.manage', (ctx, input, tx) =>
  deleteIndicator(tx, ctx, input),
);

export const recordIndicatorValueAction = workspaceAction('strategy.recordValue', IndicatorValueInput, 'strategy.indicators.update', (ctx, input, tx) =>
  recordIndicatorValue(tx, ctx, input),
);

export const deleteIndicatorValueAction = workspaceAction('strategy.deleteValue', IndicatorValueRef, 'strategy.indicators.update', (ctx, input, tx) =>
  deleteIndicatorValue(tx, ctx, input),
);
