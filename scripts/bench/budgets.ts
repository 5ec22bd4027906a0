import type { RouteJs } from './first-load';
import type { GraphResult } from './graph';
import type { LoadResult } from './http';

// The bench's budgets (docs/performance.md) and the checks that turn its measurements into pass or
// fail; the measuring is in index.ts, the printed and written report in report.ts.

export const BUDGETS = {
  /** Every page: at least this share of the page baseline's throughput… */
  minPageRatio: 0.35,
  /** …and a p99 at 20 connections at most this many times the page baseline's p99 in the same run. */
  maxP99Ratio: 1.5,
  /** Every API: at least this share of the route baseline's throughput. */
  minApiRatio: 0.4,
  /** With n workers, at least n times this share of one worker's pages per second (issue 22: 1.7× on 2 cores). */
  perCore: 0.85,
  /** A page's cost per request (the server's CPU time for one request alone) from the smallest to the largest scale. */
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

export type Budget = { name: string; value: number; limit: string; ok: boolean };
export type Kind = 'page' | 'api';
export type PageResult = LoadResult & { name: string; route: string; kind: Kind; ratio: number; ratioToRoute: number; sql: number; bytes: number };
export type Baseline = LoadResult & { route: string; sql: number; bytes: number };
export type HttpRun = {
  workers: number;
  baselines: Record<Kind, Baseline>;
  pages: (PageResult & { p50Alone: number; cpuMs: number })[];
  memory?: { pid: number; command: string; rssMb: number }[];
};
export type ScaleRun = { scale: number; pages: { name: string; route: string; p50Alone: number; cpuMs: number; bytes: number }[] };
export type Scaling = { name: string; rpsOne: number; rpsAll: number; speedup: number; p99One: number; p99All: number };
export type ExportTimes = { docx: { ms: number; max: number; bytes: number }; pdf: { ms: number; max: number; bytes: number } };

export const kb = (bytes: number) => bytes / 1000;

/** DOCX and PDF export of the large strategy document. */
export function exportBudgets(exports: ExportTimes): Budget[] {
  return [
    { name: 'DOCX export (ms)', value: exports.docx.ms, limit: `< ${BUDGETS.docxMs}`, ok: exports.docx.ms < BUDGETS.docxMs },
    { name: 'PDF export (ms)', value: exports.pdf.ms, limit: `< ${BUDGETS.pdfMs}`, ok: exports.pdf.ms < BUDGETS.pdfMs },
  ];
}

/** The actors graph drawn and interactive: the filtered partners abroad, then the whole network. */
export function graphBudgets(graph: GraphResult, graphWhole: GraphResult): Budget[] {
  return [
    {
      name: `graph render, ${graph.nodes} actors (ms)`,
      value: graph.totalMs,
      limit: `< ${BUDGETS.graphMs}`,
      ok: graph.totalMs < BUDGETS.graphMs,
    },
    {
      name: `graph render, whole network of ${graphWhole.nodes} actors (ms)`,
      value: graphWhole.totalMs,
      limit: `< ${BUDGETS.graphWholeMs}`,
      ok: graphWhole.totalMs < BUDGETS.graphWholeMs,
    },
  ];
}

/** Each page and API against its baseline, in the run with all workers. */
export function httpBudgets(all: HttpRun): Budget[] {
  const budgets: Budget[] = [];
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
  return budgets;
}

/** Pages per second with all workers against one, and a p99 no worse. */
export function scalingBudgets(one: HttpRun, all: HttpRun, allWorkers: number): { scaling: Scaling[]; budgets: Budget[] } {
  const scaling: Scaling[] = [];
  const budgets: Budget[] = [];
  const goal = BUDGETS.perCore * allWorkers;
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
  return { scaling, budgets };
}

/** Each page's cost per request from the smallest scale to the largest (an API: no faster than what it returns). */
export function scaleBudgets(scales: ScaleRun[]): Budget[] {
  const budgets: Budget[] = [];
  const first = scales[0];
  const lastScale = scales[scales.length - 1];
  if (first && lastScale && lastScale !== first) {
    for (const page of lastScale.pages) {
      const base = first.pages.find((p) => p.route === page.route)!;
      const growth = Math.round((page.cpuMs / Math.max(0.01, base.cpuMs)) * 100) / 100;
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
          name: `${page.name}: server CPU per request at scale ${lastScale.scale} / scale ${first.scale}`,
          value: growth,
          limit: `≤ ${BUDGETS.maxScaleGrowth}`,
          ok: growth <= BUDGETS.maxScaleGrowth,
        });
      }
    }
  }
  return budgets;
}

/** First-load JavaScript of every route, but those that load their heavy libraries when opened. */
export function firstLoadBudgets(js: RouteJs[]): Budget[] {
  const budgets: Budget[] = [];
  for (const r of js) {
    if (BUDGETS.firstLoadExempt.includes(r.route)) continue;
    budgets.push({
      name: `first-load JS ${r.route} (kB gzip)`,
      value: Math.round(kb(r.gzipBytes) * 10) / 10,
      limit: `< ${BUDGETS.firstLoadKb}`,
      ok: kb(r.gzipBytes) < BUDGETS.firstLoadKb,
    });
  }
  return budgets;
}
