'use server';

import { workspaceQueryAction } from '@/lib/auth/action';
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

export const saveStrategyAction = workspaceQueryAction('strategy.save', StrategyInput, 'strategy.manage', saveStrategy);

export const createAxisAction = workspaceQueryAction('strategy.createAxis', AxisInput, 'strategy.manage', createAxis);

export const updateAxisAction = workspaceQueryAction('strategy.updateAxis', UpdateAxisInput, 'strategy.manage', updateAxis);

export const deleteAxisAction = workspaceQueryAction('strategy.deleteAxis', AxisRef, 'strategy.manage', deleteAxis);

export const setPlacementAction = workspaceQueryAction('strategy.placeAction', PlacementInput, 'strategy.manage', setPlacement);

export const proposePlacementAction = workspaceQueryAction('strategy.proposePlacement', ProposalInput, 'strategy.propose', proposePlacement);

export const attachFollowUpAction = workspaceQueryAction('strategy.attachFollowUp', FollowUpAxisInput, 'strategy.manage', attachFollowUp);

export const createIndicatorAction = workspaceQueryAction('strategy.createIndicator', IndicatorInput, 'strategy.manage', createIndicator);

export const updateIndicatorAction = workspaceQueryAction('strategy.updateIndicator', UpdateIndicatorInput, 'strategy.indicators.update', updateIndicator);

export const deleteIndicatorAction = workspaceQueryAction('strategy.deleteIndicator', IndicatorRef, 'strategy.manage', deleteIndicator);

export const recordIndicatorValueAction = workspaceQueryAction('strategy.recordValue', IndicatorValueInput, 'strategy.indicators.update', recordIndicatorValue);

export const deleteIndicatorValueAction = workspaceQueryAction('strategy.deleteValue', IndicatorValueRef, 'strategy.indicators.update', deleteIndicatorValue);
