import { workspacePageAtRoute, workspacePageWith, wsActionGroup } from './registry-model';
import type { PageEntry, ServerActionEntry } from './registry-model';

// The common thread: strategy, axes, placements, indicators. An area of lib/security/registry.ts.

const STRATEGY_ACTIONS_MODULE = 'lib/strategy/actions.ts';

export const STRATEGY_PAGES: PageEntry[] = [
  // The common thread
  workspacePageAtRoute('/[workspace]/strategy', 'strategy.read'),
  workspacePageAtRoute('/[workspace]/strategy/edit', 'strategy.manage'),
  workspacePageWith('/[workspace]/strategy/axes/[axisId]', 'strategy.read', { axisId: 'axis' }),
  workspacePageAtRoute('/[workspace]/strategy/indicators', 'strategy.read'),
  workspacePageWith('/[workspace]/strategy/indicators/[indicatorId]', 'strategy.read', { indicatorId: 'indicator' }),
  workspacePageAtRoute('/[workspace]/strategy/map', 'strategy.read'),
  workspacePageAtRoute('/[workspace]/strategy/placements', 'strategy.read'),
];

export const STRATEGY_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup(STRATEGY_ACTIONS_MODULE, 'strategy.manage', {
    saveStrategyAction: 'strategy.save',
    createAxisAction: 'strategy.createAxis',
    updateAxisAction: 'strategy.updateAxis',
    deleteAxisAction: 'strategy.deleteAxis',
    setPlacementAction: 'strategy.placeAction',
    attachFollowUpAction: 'strategy.attachFollowUp',
    createIndicatorAction: 'strategy.createIndicator',
    deleteIndicatorAction: 'strategy.deleteIndicator',
  }),
  ...wsActionGroup(STRATEGY_ACTIONS_MODULE, 'strategy.propose', { proposePlacementAction: 'strategy.proposePlacement' }),
  ...wsActionGroup(STRATEGY_ACTIONS_MODULE, 'strategy.indicators.update', {
    updateIndicatorAction: 'strategy.updateIndicator',
    recordIndicatorValueAction: 'strategy.recordValue',
    deleteIndicatorValueAction: 'strategy.deleteValue',
  }),
];
