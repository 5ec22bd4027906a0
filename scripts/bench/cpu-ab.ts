/**
 * `node --require ./scripts/allow-server-only.cjs --import tsx scripts/bench/cpu-ab.ts
 *   --builds=.next-old,.next-new`: the server's CPU time per request
 * (`alone()`: one request at a time, user + system time of every server process from /proc) of a
 * few pages, for two or more production builds measured in turn on copies of the large database,
 * so that whatever else runs on the shared machine weighs on each build alike. Each build is a copy
 * of a `.next` folder made by `next build` beside it (`.next-<name>`: its node_modules links are relative; or a build made with NEXT_DIST_DIR=.next-<name>). Every build is
 * served at once (NEXT_DIST_DIR, read by next.config.mjs), each on its own copy of the database, and
 * each route is measured on each build in turn, so a change of load weighs on all of them alike.
 * One worker (FILROUGE_WORKERS=1): the figure is a cost, not a throughput. Two builds, three rounds,
 * five routes and 4 s each take about three minutes.
 * Options: --builds=<dir>,<dir>… (required), --rounds=<n> (2), --seconds=<n> per route (4),
 * --routes=dashboard,document,actors,graph-data,baseline (all five; also matrix, returns, graph-page).
 */
import fs from 'node:fs';
import path from 'node:path';
import { alone, freePort, get, signIn, startServer } from './http';

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

type Figures = { cpuMs: number; p50: number; bytes: number };
type Served = { build: string; base: string; pid: number; cookie: string; stop: () => Promise<void> };

async function main() {
  if (BUILDS.length < 2) throw new Error('--builds=<dir>,<dir> names at least two copies of a .next folder');
  for (const build of BUILDS) if (!fs.existsSync(path.join(build, 'BUILD_ID'))) throw new Error(`${build} is not a production build`);
  if (!fs.existsSync(DATABASE)) throw new Error(`${DATABASE} is missing: npm run seed:large`);
  // Every build served at once (next.config.mjs reads NEXT_DIST_DIR), then each route measured on
  // each build in turn: a change of load on the shared machine weighs on both within seconds.
  const served: Served[] = [];
  try {
    for (const [index, build] of BUILDS.entries()) {
      // One copy of the database each: a server locks its database file (lib/operations/database-lock.ts).
      const copy = DATABASE.replace(/\.db$/, '') + `.ab-${index}.db`;
      for (const suffix of ['-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
      fs.copyFileSync(DATABASE, copy);
      const server = await startServer(root, copy, await freePort(), { FILROUGE_WORKERS: '1', NEXT_DIST_DIR: build });
      served.push({ build, base: server.base, pid: server.process.pid!, cookie: '', stop: server.stop });
      served.at(-1)!.cookie = (await signIn(server.base, EDITOR.email, EDITOR.password)).cookie;
    }
    const runs: Record<string, Record<string, Figures>[]> = Object.fromEntries(BUILDS.map((b) => [b, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of served) runs[s.build]!.push({});
      for (const { name, route } of ROUTES) {
        // Alternate which build goes first from one round to the next.
        for (const s of round % 2 === 0 ? served : [...served].reverse()) {
          const { status, bytes } = await get(s.base, route, s.cookie);
          if (status !== 200) throw new Error(`${route} answered ${status} with ${s.build}`);
          const { cpuMs, p50 } = await alone(s.base, route, s.cookie, s.pid, SECONDS);
          runs[s.build]![round]![name] = { cpuMs, p50, bytes };
          console.log(`[ab] round ${round + 1} ${path.basename(s.build)} ${name}: ${cpuMs} ms CPU, p50 ${p50} ms, ${bytes} bytes`);
        }
      }
    }
    report(runs);
  } finally {
    for (const s of served) await s.stop();
  }
}

function report(runs: Record<string, Record<string, Figures>[]>) {
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
  const [first] = BUILDS;
  console.log(
    `\nCPU ms per request, one worker, ${ROUNDS} round(s) of ${SECONDS} s (each round's figures, then their mean; Δ against ${first}; bytes of one answer)`,
  );
  console.log(['route', ...BUILDS].join(' | '));
  for (const { name } of ROUTES) {
    const cells = BUILDS.map((build) => {
      const figures = runs[build]!.map((r) => r[name]!.cpuMs);
      const m = mean(figures);
      const ref = mean(runs[first!]!.map((r) => r[name]!.cpuMs));
      const delta = build === first ? '' : ` (${m >= ref ? '+' : ''}${Math.round(((m - ref) / ref) * 1000) / 10} %)`;
      return `${figures.join(', ')} → ${m}${delta}, ${runs[build]![0]![name]!.bytes} B`;
    });
    console.log([name, ...cells].join(' | '));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
