/**
 * `npm run bench`: builds the production app (skip with --no-build when .next is current), starts
 * it on the large database of `npm run seed:large` (created when missing, or with --reseed), signs
 * in as the editor and measures, in one run:
 *   - with one worker, then with all (FILROUGE_WORKERS, default one per core): throughput and
 *     p50/p99 latency at 20 connections (autocannon) and one request alone of the main pages and APIs,
 *     each beside a baseline that does no work — a page for pages (/bench/baseline: proxy, root
 *     layout, server rendering, nothing else), a route handler for APIs (/api/bench/baseline) —
 *     and the ratio to it (the route handler's figures are printed for pages too);
 *   - SQL statements per request of each of those routes;
 *   - the actors graph with 2,000 actors in headless Chromium until stable and interactive;
 *   - DOCX and PDF export time of the large strategy document;
 *   - first-load JavaScript (gzip) of every route, from the build manifests.
 * Prints a table, writes bench/results/<timestamp>.json and bench/latest.json, and exits non-zero
 * when a budget is missed. Options: --no-build, --reseed, --duration=<s> (default 10),
 * --connections=<n> (default 20), --only=http,scales,graph,export,js, --scales=1,2,4 (each page's
 * cost per request on `seed:large --scale=<n>` databases, seeded when missing).
 * The budgets and their checks are in budgets.ts, the printed and written report in report.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  exportBudgets,
  firstLoadBudgets,
  graphBudgets,
  httpBudgets,
  scaleBudgets,
  scalingBudgets,
  type Baseline,
  type Budget,
  type ExportTimes,
  type HttpRun,
  type Kind,
  type PageResult,
  type ScaleRun,
  type Scaling,
} from './budgets';
import { firstLoadJs, type RouteJs } from './first-load';
import { graphRender, type GraphResult } from './graph';
import { alone, exportTime, freePort, get, load, processTreeRss, signIn, sqlPerRequest, startServer } from './http';
import { writeReport } from './report';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const only = new Set(option('only', 'http,scales,graph,export,js').split(','));
const SCALES = option('scales', '1,2,4').split(',').map(Number);
const DURATION = Number(option('duration', '10'));
const CONNECTIONS = Number(option('connections', '20'));
const DATABASE = process.env.LARGE_DATABASE_PATH ?? '.tmp/large.db';
const SLUG = 'region-grand-large';
const EDITOR = { email: 'editor@demo.filrouge.eu', password: 'filrouge-demo' };

const WS = `/${SLUG}`;
const ROUTES: { name: string; route: string; kind: Kind }[] = [
  { name: 'dashboard', route: `${WS}/dashboard`, kind: 'page' },
  { name: 'actors table (filtered)', route: `${WS}/actors?family=territorial&country=FR&theme=culture`, kind: 'page' },
  // The graph's data comes from its route handler; the page is only the shell that fetches it.
  { name: 'actors graph data (2,000)', route: `/api/workspaces/${SLUG}/actors/graph?family=external`, kind: 'api' },
  { name: 'actors graph page', route: `${WS}/actors/graph?family=external`, kind: 'page' },
  { name: 'actions matrix', route: `${WS}/actions/matrix`, kind: 'page' },
  { name: 'returns gap', route: `${WS}/actions/returns`, kind: 'page' },
  { name: 'strategy document', route: `${WS}/document`, kind: 'page' },
];

/**
 * Each route beside its baseline: SQL statements per request (one worker only: the counter is per
 * process), the latency of one request alone (median, to 0.1 ms), then 20 connections.
 */
async function measureHttp(server: { base: string; process: { pid?: number } }, cookie: string, workers: number): Promise<HttpRun> {
  const measureBaseline = async (route: string): Promise<Baseline> => {
    console.log(`[bench] ${workers} worker(s): ${route} (baseline)`);
    const { status, bytes } = await get(server.base, route, cookie);
    if (status !== 200) throw new Error(`${route} answered ${status}`);
    const sql = workers === 1 ? await sqlPerRequest(server.base, route, cookie) : -1;
    return { route, ...(await load(server.base, route, cookie, CONNECTIONS, DURATION)), sql, bytes };
  };
  const baselines = { api: await measureBaseline('/api/bench/baseline'), page: await measureBaseline('/bench/baseline') };
  const ratio = (rps: number, base: Baseline) => Math.round((rps / base.rps) * 1000) / 1000;
  const pages: HttpRun['pages'] = [];
  for (const r of ROUTES) {
    console.log(`[bench] ${workers} worker(s): ${r.route}`);
    const sql = workers === 1 ? await sqlPerRequest(server.base, r.route, cookie) : -1;
    const { bytes } = await get(server.base, r.route, cookie);
    const { p50: p50Alone, cpuMs } = await alone(server.base, r.route, cookie, server.process.pid!);
    const result = await load(server.base, r.route, cookie, CONNECTIONS, DURATION);
    pages.push({ ...r, ...result, ratio: ratio(result.rps, baselines[r.kind]), ratioToRoute: ratio(result.rps, baselines.api), sql, bytes, p50Alone, cpuMs });
  }
  return { workers, baselines, pages };
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status})`);
}

async function main() {
  const started = Date.now();
  const load1 = os.loadavg()[0]!;
  if (flag('reseed') || !fs.existsSync(DATABASE)) {
    console.log(`[bench] seeding ${DATABASE}`);
    run(process.execPath, ['--require', './scripts/allow-server-only.cjs', '--import', 'tsx', 'scripts/seed-large.ts'], {
      ...process.env,
      LARGE_DATABASE_PATH: DATABASE,
    });
  }
  if (!flag('no-build')) {
    console.log('[bench] next build');
    run(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  }
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run without --no-build');

  const budgets: Budget[] = [];
  const notes: string[] = [];
  const pages: PageResult[] = [];
  let baselines: Record<Kind, Baseline> | null = null;
  let graph: GraphResult | null = null;
  let graphWhole: GraphResult | null = null;
  let exports: ExportTimes | null = null;
  let js: RouteJs[] = [];
  const scaling: Scaling[] = [];
  const scales: ScaleRun[] = [];

  if (only.has('js')) js = firstLoadJs(root);

  const allWorkers = Math.max(1, Number(process.env.FILROUGE_WORKERS) || os.availableParallelism());
  const runs: HttpRun[] = [];
  if (only.has('http') || only.has('graph') || only.has('export')) {
    // The same pages with one worker, then with all (what npm start runs); graph and exports with all.
    const counts = only.has('http') ? [...new Set([1, allWorkers])] : [allWorkers];
    for (const workers of counts) {
      const port = Number(process.env.BENCH_PORT ?? (await freePort()));
      console.log(`[bench] starting the server on :${port} with ${DATABASE}, ${workers} worker(s)`);
      const server = await startServer(root, path.resolve(DATABASE), port, { FILROUGE_WORKERS: String(workers) });
      try {
        const session = await signIn(server.base, EDITOR.email, EDITOR.password);
        for (const r of ROUTES) {
          const response = await get(server.base, r.route, session.cookie);
          if (response.status !== 200) throw new Error(`${r.route} answered ${response.status}`);
        }
        const last = workers === counts[counts.length - 1];
        if (only.has('http')) runs.push(await measureHttp(server, session.cookie, workers));
        if (last && only.has('export')) {
          console.log('[bench] exports');
          exports = { docx: await exportTime(server.base, SLUG, 'docx', session.cookie), pdf: await exportTime(server.base, SLUG, 'pdf', session.cookie, 2) };
          budgets.push(...exportBudgets(exports));
        }
        if (last && only.has('graph')) {
          console.log('[bench] graph in Chromium');
          graph = await graphRender(server.base, `${WS}/actors/graph?family=external`, session.cookies);
          graphWhole = await graphRender(server.base, `${WS}/actors/graph`, session.cookies);
          budgets.push(...graphBudgets(graph, graphWhole));
        }
        if (runs.length && runs[runs.length - 1]!.workers === workers) runs[runs.length - 1]!.memory = processTreeRss(server.process.pid!);
      } finally {
        await server.stop();
      }
    }
    const all = runs.find((r) => r.workers === allWorkers);
    if (all) {
      baselines = all.baselines;
      pages.push(...all.pages);
      budgets.push(...httpBudgets(all));
    }
    const one = runs.find((r) => r.workers === 1);
    if (one && all && all !== one) {
      const result = scalingBudgets(one, all, allWorkers);
      scaling.push(...result.scaling);
      budgets.push(...result.budgets);
    }
  }
  if (only.has('scales')) {
    // Cost per request as the data grows: each page alone (one worker) at each scale, its server CPU time per request and its median latency.
    for (const scale of SCALES) {
      const database = scale === 1 ? DATABASE : DATABASE.replace(/\.db$/, `-x${scale}.db`);
      if (flag('reseed') || !fs.existsSync(database)) {
        console.log(`[bench] seeding ${database} (scale ${scale})`);
        run(process.execPath, ['--require', './scripts/allow-server-only.cjs', '--import', 'tsx', 'scripts/seed-large.ts'], {
          ...process.env,
          LARGE_DATABASE_PATH: database,
          LARGE_SCALE: String(scale),
        });
      }
      const port = await freePort();
      console.log(`[bench] scale ${scale}: starting the server on :${port} with ${database}`);
      const server = await startServer(root, path.resolve(database), port, { FILROUGE_WORKERS: '1' });
      try {
        const session = await signIn(server.base, EDITOR.email, EDITOR.password);
        const measured: ScaleRun['pages'] = [];
        for (const r of ROUTES) {
          const { status, bytes } = await get(server.base, r.route, session.cookie);
          if (status !== 200) throw new Error(`${r.route} answered ${status} at scale ${scale}`);
          const one = await alone(server.base, r.route, session.cookie, server.process.pid!);
          measured.push({ name: r.name, route: r.route, p50Alone: one.p50, cpuMs: one.cpuMs, bytes });
        }
        scales.push({ scale, pages: measured });
      } finally {
        await server.stop();
      }
    }
    budgets.push(...scaleBudgets(scales));
  }
  budgets.push(...firstLoadBudgets(js));

  const ok = writeReport({
    root,
    started,
    load1,
    settings: { connections: CONNECTIONS, durationSeconds: DURATION, database: DATABASE, workspace: SLUG },
    routes: ROUTES,
    notes,
    baselines,
    pages,
    allWorkers,
    runs,
    scaling,
    scales,
    graph,
    graphWhole,
    exports,
    js,
    budgets,
  });
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
