/**
 * `node --require ./scripts/allow-server-only.cjs --import tsx scripts/bench/cpu-ab.ts
 *   --builds=.tmp/builds/old,.tmp/builds/new`: the server's CPU time per request
 * (`alone()`: one request at a time, user + system time of every server process from /proc) of a
 * few pages, for two or more production builds served in turn on the same large database, A/B/A/B,
 * so that whatever else runs on the shared machine weighs on each build alike. Each build is a copy
 * of a `.next` folder made by `next build`; it is moved into `.next` while it is served and moved
 * back after (a `.next` already there is kept aside in `.next-ab-kept` and restored at the end).
 * One worker (FILROUGE_WORKERS=1): the figure is a cost, not a throughput. A run of two builds, two
 * rounds, five routes and 4 s each takes about three minutes.
 * Options: --builds=<dir>,<dir>… (required), --rounds=<n> (2), --seconds=<n> per route (4),
 * --routes=dashboard,document,actors,graph-data,baseline (all five; also matrix, returns, graph-page).
 */
import fs from 'node:fs';
import path from 'node:path';
import { alone, freePort, signIn, startServer } from './http';

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const BUILDS = option('builds', '').split(',').filter(Boolean);
const ROUNDS = Number(option('rounds', '2'));
const SECONDS = Number(option('seconds', '4'));
const DATABASE = path.resolve(process.env.LARGE_DATABASE_PATH ?? '.tmp/large.db');
const SLUG = 'region-grand-large';
const EDITOR = { email: 'editor@demo.filrouge.eu', password: 'filrouge-demo' };

const ALL_ROUTES: Record<string, string> = {
  baseline: '/bench/baseline',
  dashboard: `/${SLUG}/dashboard`,
  document: `/${SLUG}/document`,
  actors: `/${SLUG}/actors?family=territorial&country=FR&theme=culture`,
  'graph-data': `/api/workspaces/${SLUG}/actors/graph?family=external`,
  'graph-page': `/${SLUG}/actors/graph?family=external`,
  matrix: `/${SLUG}/actions/matrix`,
  returns: `/${SLUG}/actions/returns`,
};
const ROUTES = option('routes', 'dashboard,document,actors,graph-data,baseline')
  .split(',')
  .map((name) => {
    const route = ALL_ROUTES[name];
    if (!route) throw new Error(`Unknown route "${name}" (known: ${Object.keys(ALL_ROUTES).join(', ')})`);
    return { name, route };
  });

const NEXT = path.join(root, '.next');
const KEPT = path.join(root, '.next-ab-kept');

/** Serves `build` (moved into .next for the time of the run) and measures every route alone. */
async function measure(build: string): Promise<Record<string, { cpuMs: number; p50: number }>> {
  fs.renameSync(build, NEXT);
  try {
    const server = await startServer(root, DATABASE, await freePort(), { FILROUGE_WORKERS: '1' });
    try {
      const { cookie } = await signIn(server.base, EDITOR.email, EDITOR.password);
      const figures: Record<string, { cpuMs: number; p50: number }> = {};
      for (const { name, route } of ROUTES) {
        const { cpuMs, p50 } = await alone(server.base, route, cookie, server.process.pid!, SECONDS);
        figures[name] = { cpuMs, p50 };
        console.log(`[ab] ${path.basename(build)} ${name}: ${cpuMs} ms CPU, p50 ${p50} ms`);
      }
      return figures;
    } finally {
      await server.stop();
    }
  } finally {
    fs.renameSync(NEXT, build);
  }
}

async function main() {
  if (BUILDS.length < 2) throw new Error('--builds=<dir>,<dir> names at least two copies of a .next folder');
  for (const build of BUILDS) if (!fs.existsSync(path.join(build, 'BUILD_ID'))) throw new Error(`${build} is not a production build`);
  if (!fs.existsSync(DATABASE)) throw new Error(`${DATABASE} is missing: npm run seed:large`);
  if (fs.existsSync(NEXT)) fs.renameSync(NEXT, KEPT);
  const runs: Record<string, Record<string, { cpuMs: number; p50: number }>[]> = Object.fromEntries(BUILDS.map((b) => [b, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) for (const build of BUILDS) runs[build]!.push(await measure(path.resolve(build)));
  } finally {
    if (fs.existsSync(KEPT)) fs.renameSync(KEPT, NEXT);
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
  const [first] = BUILDS;
  console.log(`\nCPU ms per request, one worker, ${ROUNDS} round(s) of ${SECONDS} s (each round's figures, then their mean; Δ against ${first})`);
  console.log(['route', ...BUILDS].join(' | '));
  for (const { name } of ROUTES) {
    const cells = BUILDS.map((build) => {
      const figures = runs[build]!.map((r) => r[name]!.cpuMs);
      const m = mean(figures);
      const ref = mean(runs[first!]!.map((r) => r[name]!.cpuMs));
      const delta = build === first ? '' : ` (${m >= ref ? '+' : ''}${Math.round(((m - ref) / ref) * 1000) / 10} %)`;
      return `${figures.join(', ')} → ${m}${delta}`;
    });
    console.log([name, ...cells].join(' | '));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
