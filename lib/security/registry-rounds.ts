import { workspaceGetRoute, workspacePageAtRoute, wsAction, wsActionGroup } from './registry-model';
import type { PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The endpoints of indicators over the term and of the yearly reporting round (lib/reporting,
// docs/decisions/0029-indicator-targets-and-reporting-rounds.md): an area of
// lib/security/registry.ts.

export const ROUND_PAGES: PageEntry[] = [workspacePageAtRoute('/[workspace]/strategy/rounds', 'strategy.read')];

export const ROUND_ROUTES: RouteHandlerEntry[] = [
  workspaceGetRoute(
    '/api/workspaces/[workspace]/strategy/values/export',
    'strategy.read',
    (d) => `/api/workspaces/${d.workspace}/strategy/values/export?year=2026`,
    { note: "a year's indicator values as XLSX, the file a reporting round imports back" },
  ),
];

const REPORTING_ACTIONS_MODULE = 'lib/reporting/actions.ts';

/** Managers set targets and thresholds; only an admin opens and closes a round; reporters import. An empty input stops an allowed caller at validation. */
export const ROUND_ACTIONS: ServerActionEntry[] = [
  ...wsActionGroup(REPORTING_ACTIONS_MODULE, 'strategy.manage', {
    setIndicatorTermAction: 'strategy.setTerm',
    setThresholdDefaultsAction: 'strategy.setThresholds',
  }),
  ...wsActionGroup(REPORTING_ACTIONS_MODULE, 'strategy.rounds.manage', { openRoundAction: 'rounds.open', closeRoundAction: 'rounds.close' }),
  wsAction(REPORTING_ACTIONS_MODULE, 'importRoundAction', 'rounds.import', 'strategy.indicators.update', {
    note: 'reads the file after the policy check; rows only for indicators the caller reports (lib/strategy/round-import.ts)',
  }),
];
