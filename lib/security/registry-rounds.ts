import type { DemoIds, PageEntry, RouteHandlerEntry, ServerActionEntry } from './registry-model';

// The endpoints of indicators over the term and of the yearly reporting round (lib/reporting,
// docs/decisions/0029-indicator-targets-and-reporting-rounds.md): an area of
// lib/security/registry.ts.

export const ROUND_PAGES: PageEntry[] = [
  {
    kind: 'page',
    route: '/[workspace]/strategy/rounds',
    rule: { kind: 'workspace', permission: 'strategy.read' },
    path: (d: DemoIds) => `/${d.workspace}/strategy/rounds`,
  },
];

export const ROUND_ROUTES: RouteHandlerEntry[] = [
  {
    kind: 'route',
    route: '/api/workspaces/[workspace]/strategy/values/export',
    method: 'GET',
    rule: { kind: 'workspace', permission: 'strategy.read', note: "a year's indicator values as XLSX, the file a reporting round imports back" },
    path: (d) => `/api/workspaces/${d.workspace}/strategy/values/export?year=2026`,
  },
];

/** Managers set targets and thresholds; only an admin opens and closes a round; reporters import. An empty input stops an allowed caller at validation. */
export const ROUND_ACTIONS: ServerActionEntry[] = (
  [
    ['setIndicatorTermAction', 'strategy.setTerm', 'strategy.manage', undefined],
    ['setThresholdDefaultsAction', 'strategy.setThresholds', 'strategy.manage', undefined],
    ['openRoundAction', 'rounds.open', 'strategy.rounds.manage', undefined],
    ['closeRoundAction', 'rounds.close', 'strategy.rounds.manage', undefined],
    [
      'importRoundAction',
      'rounds.import',
      'strategy.indicators.update',
      'reads the file after the policy check; rows only for indicators the caller reports (lib/strategy/round-import.ts)',
    ],
  ] as const
).map(([exportName, name, permission, note]) => ({
  kind: 'action',
  module: 'lib/reporting/actions.ts',
  exportName,
  workspaceAction: name,
  rule: { kind: 'workspace', permission, ...(note ? { note } : {}) },
  args: (d: DemoIds) => [d.workspaceId, {}],
}));
