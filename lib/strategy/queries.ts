import 'server-only';

// The strategy domain's reads and writes, one module per concern; imported from here.

export { MAX_AXES, getStrategy, listAxes, getAxis, saveStrategy, createAxis, updateAxis, deleteAxis } from './axis-queries';
export { setPlacement, proposePlacement, listPlacements, attachFollowUp, listFollowUpsWithAxes } from './placement-queries';
export {
  canEditIndicator,
  listIndicatorOwners,
  createIndicator,
  updateIndicator,
  deleteIndicator,
  recordIndicatorValue,
  deleteIndicatorValue,
  listIndicators,
  getIndicator,
} from './indicator-queries';
export type { IndicatorView } from './indicator-queries';
export { loadCoherenceFacts, getCoherence, recordCoherenceSnapshot, listCoherenceTrend } from './coherence-queries';
export { getStrategyMap, getStrategyOverview, listMyOverdueIndicators, countUnplacedActions } from './overview-queries';
