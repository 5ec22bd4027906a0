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
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstLoadJs, type RouteJs } from './first-load';
import { graphRender, type GraphResult } from './graph';
import { exportTime, freePort, get, load, processTreeRss, signIn, sqlPerRequest, startServer, type LoadResult } from './http';

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

export const BUDGETS = {
  /** Every page: at least this share of the page baseline's throughput… */
  minPageRatio: 0.35,
  /** …and a p99 at 20 connections at most this many times the page baseline's p99 in the same run. */
  maxP99Ratio: 1.5,
  /** Every API: at least this share of the route baseline's throughput. */
  minApiRatio: 0.4,
  /** Each worker added to the first adds at least this share of one worker's pages per second. */
  perAddedCore: 0.85,
  /** A page's cost per request (one request alone, p50) from the smallest to the largest scale. */
  maxScaleGrowth: 1.3,
  /** The whole network of the large workspace (5,000 actors, 20,000 relations), drawn and interactive. */
  graphWholeMs: 3000,
  /** The filtered 2,000 partners abroad. */
  graphMs: 2000,
  docxMs: 3000,
  pdfMs: 10000,
  firstLoadKb: 200,
  /** Routes that load their heavy libraries only when opened. */
  firstLoadExempt: ['/[workspace]/actors/graph', '/[workspace]/document'],
};

type Budget = { name: string; value: number; limit: string; ok: boolean };
type Kind = 'page' | 'api';
type PageResult = LoadResult & { name: string; route: string; kind: Kind; ratio: number; ratioToRoute: number; sql: number; bytes: number };
type Baseline = LoadResult & { route: string; sql: number; bytes: number };
type HttpRun = {
  workers: number;
  baselines: Record<Kind, Baseline>;
  pages: (PageResult & { p50Alone: number })[];
  memory?: { pid: number; command: string; rssMb: number }[];
};
type ScaleRun = { scale: number; pages: { name: string; route: string; p50Alone: number; bytes: number }[] };
type Scaling = { name: string; rpsOne: number; rpsAll: number; speedup: number; p99One: number; p99All: number };

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
 * process), the latency of one request alone (1 connection, p50), then 20 connections.
 */
async function measureHttp(server: { base: string }, cookie: string, workers: number): Promise<HttpRun> {
  const alone = async (route: string) => (await load(server.base, route, cookie, 1, 3)).p50;
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
    const p50Alone = await alone(r.route);
    const result = await load(server.base, r.route, cookie, CONNECTIONS, DURATION);
    pages.push({ ...r, ...result, ratio: ratio(result.rps, baselines[r.kind]), ratioToRoute: ratio(result.rps, baselines.api), sql, bytes, p50Alone });
  }
  return { workers, baselines, pages };
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status})`);
}

const kb = (bytes: number) => bytes / 1000;
const pad = (s: string | number, n: number) => String(s).padStart(n);

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
  let exports: { docx: { ms: number; max: number; bytes: number }; pdf: { ms: number; max: number; bytes: number } } | null = null;
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
          budgets.push({ name: 'DOCX export (ms)', value: exports.docx.ms, limit: `< ${BUDGETS.docxMs}`, ok: exports.docx.ms < BUDGETS.docxMs });
          budgets.push({ name: 'PDF export (ms)', value: exports.pdf.ms, limit: `< ${BUDGETS.pdfMs}`, ok: exports.pdf.ms < BUDGETS.pdfMs });
        }
        if (last && only.has('graph')) {
          console.log('[bench] graph in Chromium');
          graph = await graphRender(server.base, `${WS}/actors/graph?family=external`, session.cookies);
          budgets.push({
            name: `graph render, ${graph.nodes} actors (ms)`,
            value: graph.totalMs,
            limit: `< ${BUDGETS.graphMs}`,
            ok: graph.totalMs < BUDGETS.graphMs,
          });
          graphWhole = await graphRender(server.base, `${WS}/actors/graph`, session.cookies);
          budgets.push({
            name: `graph render, whole network of ${graphWhole.nodes} actors (ms)`,
            value: graphWhole.totalMs,
            limit: `< ${BUDGETS.graphWholeMs}`,
            ok: graphWhole.totalMs < BUDGETS.graphWholeMs,
          });
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
      for (const p of all.pages) {
        if (p.kind === 'page') {
          budgets.push({
            name: `${p.name}: throughput / page baseline`,
            value: p.ratio,
            limit: `≥ ${BUDGETS.minPageRatio}`,
            ok: p.ratio >= BUDGETS.minPageRatio,
          });
          const p99Ratio = Math.round((p.p99 / all.baselines.page.p99) * 100) / 100;
          budgets.push({
            name: `${p.name}: p99 / page baseline p99`,
            value: p99Ratio,
            limit: `≤ ${BUDGETS.maxP99Ratio}`,
            ok: p99Ratio <= BUDGETS.maxP99Ratio && p.non2xx === 0 && p.errors === 0,
          });
        } else {
          budgets.push({
            name: `${p.name}: throughput / route baseline`,
            value: p.ratioToRoute,
            limit: `≥ ${BUDGETS.minApiRatio}`,
            ok: p.ratioToRoute >= BUDGETS.minApiRatio && p.non2xx === 0 && p.errors === 0,
          });
        }
      }
    }
    const one = runs.find((r) => r.workers === 1);
    if (one && all && all !== one) {
      const goal = 1 + BUDGETS.perAddedCore * (allWorkers - 1);
      for (const p of all.pages.filter((x) => x.kind === 'page')) {
        const single = one.pages.find((x) => x.route === p.route)!;
        const speedup = Math.round((p.rps / single.rps) * 100) / 100;
        scaling.push({ name: p.name, rpsOne: single.rps, rpsAll: p.rps, speedup, p99One: single.p99, p99All: p.p99 });
        budgets.push({ name: `${p.name}: pages/s with ${allWorkers} workers / 1`, value: speedup, limit: `≥ ${goal.toFixed(2)}`, ok: speedup >= goal });
        budgets.push({
          name: `${p.name}: p99 with ${allWorkers} workers (ms), no worse than with 1 (${single.p99})`,
          value: p.p99,
          limit: `≤ ${single.p99}`,
          ok: p.p99 <= single.p99,
        });
      }
    }
  }
  if (only.has('scales')) {
    // Cost per request as the data grows: each page alone (1 connection, p50, one worker) at each scale.
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
          measured.push({ name: r.name, route: r.route, p50Alone: (await load(server.base, r.route, session.cookie, 1, 3)).p50, bytes });
        }
        scales.push({ scale, pages: measured });
      } finally {
        await server.stop();
      }
    }
    const first = scales[0];
    const lastScale = scales[scales.length - 1];
    if (first && lastScale && lastScale !== first) {
      for (const page of lastScale.pages) {
        const base = first.pages.find((p) => p.route === page.route)!;
        const growth = Math.round((page.p50Alone / Math.max(1, base.p50Alone)) * 100) / 100;
        if (page.route.startsWith('/api/')) {
          // An API may grow with what it returns, no faster.
          const returned = Math.round((page.bytes / Math.max(1, base.bytes)) * 100) / 100;
          budgets.push({
            name: `${page.name}: cost ×${lastScale.scale / first.scale} data (returns ×${returned})`,
            value: growth,
            limit: `≤ ${Math.max(BUDGETS.maxScaleGrowth, returned)}`,
            ok: growth <= Math.max(BUDGETS.maxScaleGrowth, returned),
          });
        } else {
          budgets.push({
            name: `${page.name}: cost per request at scale ${lastScale.scale} / scale ${first.scale}`,
            value: growth,
            limit: `≤ ${BUDGETS.maxScaleGrowth}`,
            ok: growth <= BUDGETS.maxScaleGrowth,
          });
        }
      }
    }
  }
  for (const r of js) {
    if (BUDGETS.firstLoadExempt.includes(r.route)) continue;
    budgets.push({
      name: `first-load JS ${r.route} (kB gzip)`,
      value: Math.round(kb(r.gzipBytes) * 10) / 10,
      limit: `< ${BUDGETS.firstLoadKb}`,
      ok: kb(r.gzipBytes) < BUDGETS.firstLoadKb,
    });
  }

  // ---- report
  const machine = {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: load1,
    loadAverageAtEnd: os.loadavg()[0],
  };
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const report = {
    date: new Date().toISOString(),
    commit,
    machine,
    settings: { connections: CONNECTIONS, durationSeconds: DURATION, database: DATABASE, workspace: SLUG },
    notes,
    baselines,
    pages,
    workers: {
      count: allWorkers,
      runs: runs.map((r) => ({
        workers: r.workers,
        pages: r.pages.map((p) => ({ route: p.route, rps: p.rps, p50: p.p50, p99: p.p99, p50Alone: p.p50Alone })),
        memory: r.memory,
      })),
      scaling,
    },
    scales,
    graph,
    graphWhole,
    graphActors: { filtered: graph?.nodes ?? null, whole: graphWhole?.nodes ?? null },
    exports,
    firstLoadJs: js.map((r) => ({ route: r.route, gzipKb: Math.round(kb(r.gzipBytes) * 10) / 10, rawKb: Math.round(kb(r.rawBytes)), chunks: r.chunks })),
    budgets,
    ok: budgets.every((b) => b.ok),
    seconds: Math.round((Date.now() - started) / 1000),
  };

  console.log(
    `\nFil rouge bench — ${report.date} — ${commit} — ${machine.cpus}, Node ${machine.node}, load ${load1.toFixed(2)} → ${machine.loadAverageAtEnd!.toFixed(2)}`,
  );
  for (const n of notes) console.log(`note: ${n}`);
  if (baselines) {
    // ratio: to the baseline of the same kind (the budget); /route: to the route handler's.
    console.log(
      `\n${'route'.padEnd(62)} ${pad('req/s', 8)} ${pad('ratio', 6)} ${pad('/route', 6)} ${pad('p50', 5)} ${pad('p99', 5)} ${pad('SQL', 4)} ${pad('kB', 6)}`,
    );
    for (const [kind, b] of Object.entries(baselines)) {
      console.log(
        `${`baseline (${kind}) ${b.route}`.padEnd(62)} ${pad(b.rps, 8)} ${pad('1', 6)} ${pad((b.rps / baselines.api.rps).toFixed(2), 6)} ${pad(b.p50, 5)} ${pad(b.p99, 5)} ${pad(b.sql, 4)} ${pad(Math.round(kb(b.bytes)), 6)}`,
      );
    }
    for (const p of pages)
      console.log(
        `${`${p.name} ${p.route}`.slice(0, 62).padEnd(62)} ${pad(p.rps, 8)} ${pad(p.ratio.toFixed(2), 6)} ${pad(p.ratioToRoute.toFixed(2), 6)} ${pad(p.p50, 5)} ${pad(p.p99, 5)} ${pad(p.sql, 4)} ${pad(Math.round(kb(p.bytes)), 6)}`,
      );
  }
  if (scaling.length) {
    console.log(
      `\n${'pages/s with 1 worker and with all'.padEnd(40)} ${pad('1', 7)} ${pad(String(allWorkers), 7)} ${pad('×', 5)} ${pad('p99 1', 6)} ${pad(`p99 ${allWorkers}`, 6)}`,
    );
    for (const x of scaling)
      console.log(`${x.name.padEnd(40)} ${pad(x.rpsOne, 7)} ${pad(x.rpsAll, 7)} ${pad(x.speedup.toFixed(2), 5)} ${pad(x.p99One, 6)} ${pad(x.p99All, 6)}`);
  }
  for (const r of runs) {
    console.log(`\n${r.workers} worker(s): one request alone (p50 ms): ${r.pages.map((p) => `${p.name} ${p.p50Alone}`).join(', ')}`);
    if (r.memory)
      console.log(`${r.workers} worker(s): resident memory after the run: ${r.memory.map((m) => `${m.command}[${m.pid}] ${m.rssMb} MB`).join(', ')}`);
  }
  if (scales.length) {
    console.log(`\n${'one request alone (p50 ms) by scale'.padEnd(40)} ${scales.map((x) => pad(`×${x.scale}`, 7)).join(' ')}`);
    for (const r of ROUTES)
      console.log(`${r.name.padEnd(40)} ${scales.map((x) => pad(x.pages.find((p) => p.route === r.route)?.p50Alone ?? '-', 7)).join(' ')}`);
  }
  for (const g of [graph, graphWhole]) {
    if (g)
      console.log(
        `\ngraph: ${g.nodes} actors — drawn at ${g.readyMs} ms (Sigma build + first frame ${g.layoutMs} ms), node selected ${g.selectMs} ms later: ${g.totalMs} ms (runs ${g.runs.join(', ')})`,
      );
  }
  if (exports)
    console.log(
      `exports: DOCX ${exports.docx.ms} ms (${Math.round(kb(exports.docx.bytes))} kB), PDF ${exports.pdf.ms} ms (${Math.round(kb(exports.pdf.bytes))} kB)`,
    );
  if (js.length) {
    const sorted = [...js].sort((a, b) => b.gzipBytes - a.gzipBytes);
    console.log(
      `first-load JS (gzip): largest ${sorted
        .slice(0, 5)
        .map((r) => `${r.route} ${kb(r.gzipBytes).toFixed(1)} kB`)
        .join(', ')}; smallest ${kb(sorted[sorted.length - 1]!.gzipBytes).toFixed(1)} kB`,
    );
  }
  const missed = budgets.filter((b) => !b.ok);
  console.log(`\nbudgets: ${budgets.length - missed.length}/${budgets.length} met`);
  for (const b of missed) console.log(`  MISSED ${b.name}: ${b.value} (budget ${b.limit})`);

  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  fs.writeFileSync(path.join(root, 'bench', 'results', `${report.date.replace(/[:.]/g, '-')}.json`), json);
  fs.writeFileSync(path.join(root, 'bench', 'latest.json'), json);
  console.log(`written bench/latest.json (${report.seconds} s)`);
  process.exit(report.ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
