import { all, plainGetRoute, plainPage } from './registry-model';
import type { PageEntry, RouteHandlerEntry } from './registry-model';

// What the server answers for monitoring and the benchmark: /health, the bench baselines and SQL
// counter. An area of lib/security/registry.ts.

export const OPERATIONS_PAGES: PageEntry[] = [
  plainPage('/bench/baseline', {
    kind: 'custom',
    outcomes: all('not_found'),
    note: "the benchmark's page baseline (scripts/bench): it exists only on the benchmark's server (FILROUGE_BENCH=1)",
  }),
];

export const OPERATIONS_ROUTES: RouteHandlerEntry[] = [
  plainGetRoute('/api/bench/baseline', { kind: 'public', note: 'the benchmark baseline (scripts/bench): an empty answer, no session, no data' }),
  {
    kind: 'route',
    route: '/health',
    method: 'GET',
    servedBy: 'scripts/server.ts',
    rule: {
      kind: 'public',
      note: 'for monitoring: database writable, free space, collaboration and PDF pool state; no session, no data of anyone (lib/operations/health.ts)',
    },
    path: () => '/health',
  },
  {
    kind: 'route',
    route: '/__bench/sql-count',
    method: 'GET',
    servedBy: 'scripts/server.ts',
    matrix: false,
    rule: { kind: 'public', note: "the benchmark's SQL statement counter, answered only when FILROUGE_SQL_COUNT=1 (never in production); a number, no data" },
    path: () => '/__bench/sql-count',
  },
];
