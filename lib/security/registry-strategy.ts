import { workspacePage, workspacePageAtRoute, ws, wsActionsOf } from './registry-model';
import type { PageEntry, ServerActionEntry } from './registry-model';

// The common thread: strategy, axes, placements, indicators. An area of lib/security/registry.ts.

const strategyAction = wsActionsOf('lib/strategy/actions.ts');

export const STRATEGY_PAGES: PageEntry[] = [
  // The common thread
  workspacePageAtRoute('/[workspace]/strategy', 'strategy.read'),
  workspacePageAtRoute('/[workspace]/strategy/edit', 'strategy.manage'),
  workspacePage('/[workspace]/strategy/axes/[axisId]', 'strategy.read', (d) => `${ws(d)}/strategy/axes/${d.axis}`),
  workspacePageAtRoute('/[workspace]/strategy/indicators', 'strategy.read'),
  workspacePage('/[workspace]/strategy/indicators/[indicatorId]', 'strategy.read', (d) => `${ws(d)}/strategy/indicators/${d.indicator}`),
  workspacePageAtRoute('/[workspace]/strategy/map', 'strategy.read'),
  workspacePageAtRoute('/[workspace]/strategy/placements', 'strategy.read'),
];

export const STRATEGY_ACTIONS: ServerActionEntry[] = [
  strategyAction('saveStrategyAction', 'strategy.save', 'strategy.manage'),
  strategyAction('createAxisAction', 'strategy.createAxis', 'strategy.manage'),
  strategyAction('updateAxisAction', 'strategy.updateAxis', 'strategy.manage'),
  strategyAction('deleteAxisAction', 'strategy.deleteAxis', 'strategy.manage'),
  strategyAction('setPlacementAction', 'strategy.placeAction', 'strategy.manage'),
  strategyAction('proposePlacementAction', 'strategy.proposePlacement', 'strategy.propose'),
  strategyAction('attachFollowUpAction', 'strategy.attachFollowUp', 'strategy.manage'),
  strategyAction('createIndicatorAction', 'strategy.createIndicator', 'strategy.manage'),
  strategyAction('updateIndicatorAction', 'strategy.updateIndicator', 'strategy.indicators.update'),
  strategyAction('deleteIndicatorAction', 'strategy.deleteIndicator', 'strategy.manage'),
  strategyAction('recordIndicatorValueAction', 'strategy.recordValue', 'strategy.indicators.update'),
  strategyAction('deleteIndicatorValueAction', 'strategy.deleteValue', 'strategy.indicators.update'),
];
