import { workspacePage, ws, wsAction, type PageEntry, type ServerActionEntry } from './registry-model';

// The common thread: strategy, axes, placements, indicators. An area of lib/security/registry.ts.

export const STRATEGY_PAGES: PageEntry[] = [
  // The common thread
  workspacePage('/[workspace]/strategy', 'strategy.read', (d) => `${ws(d)}/strategy`),
  workspacePage('/[workspace]/strategy/edit', 'strategy.manage', (d) => `${ws(d)}/strategy/edit`),
  workspacePage('/[workspace]/strategy/axes/[axisId]', 'strategy.read', (d) => `${ws(d)}/strategy/axes/${d.axis}`),
  workspacePage('/[workspace]/strategy/indicators', 'strategy.read', (d) => `${ws(d)}/strategy/indicators`),
  workspacePage('/[workspace]/strategy/indicators/[indicatorId]', 'strategy.read', (d) => `${ws(d)}/strategy/indicators/${d.indicator}`),
  workspacePage('/[workspace]/strategy/map', 'strategy.read', (d) => `${ws(d)}/strategy/map`),
  workspacePage('/[workspace]/strategy/placements', 'strategy.read', (d) => `${ws(d)}/strategy/placements`),
];

export const STRATEGY_ACTIONS: ServerActionEntry[] = [
  wsAction('lib/strategy/actions.ts', 'saveStrategyAction', 'strategy.save', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'createAxisAction', 'strategy.createAxis', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'updateAxisAction', 'strategy.updateAxis', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'deleteAxisAction', 'strategy.deleteAxis', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'setPlacementAction', 'strategy.placeAction', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'proposePlacementAction', 'strategy.proposePlacement', 'strategy.propose'),
  wsAction('lib/strategy/actions.ts', 'attachFollowUpAction', 'strategy.attachFollowUp', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'createIndicatorAction', 'strategy.createIndicator', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'updateIndicatorAction', 'strategy.updateIndicator', 'strategy.indicators.update'),
  wsAction('lib/strategy/actions.ts', 'deleteIndicatorAction', 'strategy.deleteIndicator', 'strategy.manage'),
  wsAction('lib/strategy/actions.ts', 'recordIndicatorValueAction', 'strategy.recordValue', 'strategy.indicators.update'),
  wsAction('lib/strategy/actions.ts', 'deleteIndicatorValueAction', 'strategy.deleteValue', 'strategy.indicators.update'),
];
