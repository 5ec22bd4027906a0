import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RouteJs } from './first-load';
import type { GraphResult } from './graph';
import { kb, type Baseline, type Budget, type ExportTimes, type HttpRun, type Kind, type PageResult, type ScaleRun, type Scaling } from './budgets';

// The bench's report: the table it prints and the JSON it writes (bench/results/<timestamp>.json,
// bench/latest.json).

/** Everything one run measured and checked, with its settings. */
export type BenchRun = {
  root: string;
  /** When the run started (ms) and the load average then. */
  started: number;
  load1: number;
  settings: { connections: number; durationSeconds: number; database: string; workspace: string };
  routes: { name: string; route: string }[];
  notes: string[];
  baselines: Record<Kind, Baseline> | null;
  pages: PageResult[];
  allWorkers: number;
  runs: HttpRun[];
  scaling: Scaling[];
  scales: ScaleRun[];
  graph: GraphResult | null;
  graphWhole: GraphResult | null;
  exports: ExportTimes | null;
  js: RouteJs[];
  budgets: Budget[];
};

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** Prints the run's table and writes its JSON; true when every budget is met. */
export function writeReport(run: BenchRun): boolean {
  const { root, started, load1, settings, routes, notes, baselines, pages, allWorkers, runs, scaling, scales, graph, graphWhole, exports, js, budgets } = run;
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
    settings,
    notes,
    baselines,
    pages,
    workers: {
      count: allWorkers,
      runs: runs.map((r) => ({
        workers: r.workers,
        // The baselines of this run too: how far the machine itself scales with a second worker.
        baselines: Object.fromEntries(Object.entries(r.baselines).map(([kind, b]) => [kind, { route: b.route, rps: b.rps, p50: b.p50, p99: b.p99 }])),
        pages: r.pages.map((p) => ({ route: p.route, rps: p.rps, p50: p.p50, p99: p.p99, p50Alone: p.p50Alone, cpuMs: p.cpuMs })),
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
    // Not a budget: how far the bare baselines scale on this machine (the load generator shares its cores).
    const one = runs.find((r) => r.workers === 1);
    const all = runs.find((r) => r.workers === allWorkers);
    if (one && all && one !== all)
      for (const kind of ['page', 'api'] as const) {
        const [a, b] = [one.baselines[kind], all.baselines[kind]];
        console.log(
          `${`baseline (${kind}), for reference`.padEnd(40)} ${pad(a.rps, 7)} ${pad(b.rps, 7)} ${pad((b.rps / a.rps).toFixed(2), 5)} ${pad(a.p99, 6)} ${pad(b.p99, 6)}`,
        );
      }
  }
  for (const r of runs) {
    console.log(
      `\n${r.workers} worker(s): one request alone (p50 ms / server CPU ms): ${r.pages.map((p) => `${p.name} ${p.p50Alone} / ${p.cpuMs}`).join(', ')}`,
    );
    if (r.memory)
      console.log(`${r.workers} worker(s): resident memory after the run: ${r.memory.map((m) => `${m.command}[${m.pid}] ${m.rssMb} MB`).join(', ')}`);
  }
  if (scales.length) {
    for (const [title, figure] of [
      ['server CPU ms per request by scale', 'cpuMs'],
      ['one request alone (p50 ms) by scale', 'p50Alone'],
    ] as const) {
      console.log(`\n${title.padEnd(40)} ${scales.map((x) => pad(`×${x.scale}`, 7)).join(' ')}`);
      for (const r of routes)
        console.log(`${r.name.padEnd(40)} ${scales.map((x) => pad(x.pages.find((p) => p.route === r.route)?.[figure] ?? '-', 7)).join(' ')}`);
    }
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
  return report.ok;
}
