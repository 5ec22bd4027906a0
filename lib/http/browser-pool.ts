import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM_ARGS, systemChromium } from './chromium';

// No `server-only`: the bench (scripts/bench) drives its browser through a pool too.

/** Every rendering slot is taken and the queue is full, or a render waited past the limit: answer 503. */
export class BrowserBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('browser-busy');
    this.name = 'BrowserBusy';
  }

  // Next bundles this module into several routes, and scripts/server.ts loads its own copy: an
  // error thrown by one copy's pool must still be recognised by another copy's route.
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'BrowserBusy' && typeof (value as { retryAfterSeconds?: unknown }).retryAfterSeconds === 'number';
  }
}

export type BrowserPoolOptions = {
  /** Pages rendered at once (PDF_RENDERS, default 2). */
  size: number;
  /** Renders allowed to wait for a slot; one more is refused at once (PDF_QUEUE, default 8). */
  queue: number;
  /** How long a render may wait for a slot before it is refused (PDF_WAIT_MS, default 20 s). */
  waitMs: number;
  /** A render that takes longer gives its slot up and fails (default 60 s). */
  renderMs?: number;
  /** The browser is closed after this long without work (default 60 s), and relaunched on demand. */
  idleMs?: number;
  /**
   * Chromium's processes get this niceness (Linux; PDF_NICE, default 10; 0 leaves it unchanged), so
   * that pages keep the CPU first. A niced Chromium that cannot get a core in time makes a PDF wait,
   * and past `waitMs` the answer is 503 with Retry-After: the pages come first (issue 18.1).
   */
  nice?: number;
};

export type BrowserPoolStats = { launches: number; active: number; waiting: number; peakActive: number; refused: number; rendered: number };

type Waiter = { start: () => void; timer: NodeJS.Timeout };

/**
 * One headless Chromium for the whole process, reused by every render (public PDF, document
 * exports, the bench): at most `size` pages at once, at most `queue` renders waiting, each for at
 * most `waitMs`; beyond that `BrowserBusy` (the route answers 503 with Retry-After). Before it,
 * each export launched its own Chromium (≈ 3 s, ~150 MB each): 8 requests started 64 processes.
 */
export class BrowserPool {
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private idle: NodeJS.Timeout | null = null;
  /** Kept warm (`warm()`): never closed when idle, so no burst of requests pays Chromium's start. */
  private kept = false;
  readonly stats: BrowserPoolStats = { launches: 0, active: 0, waiting: 0, peakActive: 0, refused: 0, rendered: 0 };

  constructor(readonly options: BrowserPoolOptions) {}

  /** Runs `work` with a fresh page (in its own context, closed afterwards) once a slot is free. */
  async withPage<R>(work: (page: Page) => Promise<R>, contextOptions: BrowserContextOptions = {}): Promise<R> {
    await this.acquire();
    try {
      const browser = await this.launch();
      const context = await browser.newContext(contextOptions);
      let timer: NodeJS.Timeout | undefined;
      try {
        const page = await context.newPage();
        const renderMs = this.options.renderMs ?? 60_000;
        return await Promise.race([
          work(page),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`render took more than ${renderMs} ms`)), renderMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
        await context.close().catch(() => undefined);
        this.stats.rendered += 1;
      }
    } finally {
      this.release();
    }
  }

  /**
   * Starts the browser now and keeps it, idle or not (PDF_WARM; scripts/server.ts calls it in the
   * process that prints, before any request). Chromium's start-up — several processes loading at
   * once, about 3 s of CPU — otherwise lands in the first burst of PDF requests, where it takes the
   * cores from the pages that arrive with it. Idle, a kept browser costs memory (about 100 MB), not
   * CPU. A crashed browser is started again by the next render.
   */
  async warm(): Promise<void> {
    this.kept = true;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    await this.launch();
  }

  /** Closes the browser (at shutdown, or when idle). */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  private acquire(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.active < Math.max(1, this.options.size)) {
      this.take();
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.queue) {
      this.stats.refused += 1;
      return Promise.reject(new BrowserBusy(this.retryAfter()));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.take();
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          this.stats.waiting = this.waiting.length;
          this.stats.refused += 1;
          reject(new BrowserBusy(this.retryAfter()));
        }, this.options.waitMs),
      };
      this.waiting.push(waiter);
      this.stats.waiting = this.waiting.length;
    });
  }

  private take() {
    this.active += 1;
    this.stats.active = this.active;
    this.stats.peakActive = Math.max(this.stats.peakActive, this.active);
  }

  private release() {
    this.active -= 1;
    this.stats.active = this.active;
    const next = this.waiting.shift();
    this.stats.waiting = this.waiting.length;
    if (next) return next.start();
    if (this.active === 0 && !this.kept) {
      this.idle = setTimeout(() => void this.close(), this.options.idleMs ?? 60_000);
      this.idle.unref();
    }
  }

  /** Seconds until a slot is likely free: the queue's length in renders of about 5 s, at least 5. */
  private retryAfter() {
    return Math.max(5, Math.ceil(((this.waiting.length + 1) / Math.max(1, this.options.size)) * 5));
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      this.stats.launches += 1;
      const nice = this.options.nice ?? 0;
      const launching = import('playwright-core').then(({ chromium }) => {
        // Debian's Chromium (installed by .ci/run); Playwright's own build when it is absent.
        const executable = systemChromium() ?? chromium.executablePath();
        return chromium.launch({ executablePath: nice > 0 ? niceLauncher(executable, nice) : executable, args: CHROMIUM_ARGS, headless: true });
      });
      this.browser = launching.then((browser) => {
        // A browser that crashed or was killed is launched again by the next render.
        browser.on('disconnected', () => {
          if (this.browser === launching || this.browser === current) this.browser = null;
        });
        lowerPriority(this.options.nice ?? 0);
        return browser;
      });
      const current = this.browser;
      this.browser.catch(() => {
        if (this.browser === current) this.browser = null;
      });
    }
    return this.browser;
  }
}

const NICE = '/usr/bin/nice';

/**
 * An executable that starts Chromium with a lower CPU priority from its first instruction: its
 * start-up (the heaviest moment, several processes loading at once) then yields to the pages too,
 * which lowering it after the launch did not (issue 18.1). A private directory holds the script.
 */
function niceLauncher(executable: string, nice: number): string {
  if (!fs.existsSync(NICE)) return executable;
  const launchers = ((globalThis as unknown as { filrougeNiceLaunchers?: Map<string, string> }).filrougeNiceLaunchers ??= new Map());
  const key = `${nice}:${executable}`;
  let script = launchers.get(key);
  if (!script || !fs.existsSync(script)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filrouge-chromium-'));
    script = path.join(dir, 'chromium');
    fs.writeFileSync(script, `#!/bin/sh\nexec ${NICE} -n ${nice} ${JSON.stringify(executable)} "$@"\n`, { mode: 0o700 });
    launchers.set(key, script);
  }
  return script;
}

/**
 * Gives this process's Chromium processes a lower CPU priority: rendering a PDF is CPU-bound and,
 * on a small machine, would otherwise take the cores the pages need (issue 18: a signed-in page
 * must stay within 2× of its time alone while PDFs render). Linux only; ignored elsewhere.
 */
/** Every process of the machine by pid, with its parent and name, read from /proc (Linux). */
export function processTable(): Map<number, { ppid: number; name: string }> {
  const stats = new Map<number, { ppid: number; name: string }>();
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      stats.set(pid, { ppid: Number(stat.slice(close + 2).split(' ')[1]), name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // gone
    }
  }
  return stats;
}

function lowerPriority(nice: number) {
  if (!nice || !fs.existsSync('/proc/self/task')) return;
  const ours = new Set([process.pid]);
  let grew = true;
  const stats = processTable();
  while (grew) {
    grew = false;
    for (const [pid, { ppid }] of stats) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  for (const pid of ours) {
    if (pid === process.pid || !/chrom/i.test(stats.get(pid)?.name ?? '')) continue;
    // Every thread: on Linux a niceness belongs to a thread, and new threads inherit their creator's.
    let threads: string[] = [String(pid)];
    try {
      threads = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      // gone
    }
    for (const tid of threads) {
      try {
        os.setPriority(Number(tid), nice);
      } catch {
        // not permitted, or gone: keep the default priority
      }
    }
  }
}

function positive(value: string | undefined, fallback: number) {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const globalForPool = globalThis as unknown as { filrougeBrowserPool?: BrowserPool };

/**
 * The process's one pool, on globalThis so that every route bundled by Next (each may hold its own
 * copy of this module) and scripts/server.ts (which closes it at shutdown) share the same browser.
 */
export function browserPool(env: Record<string, string | undefined> = process.env): BrowserPool {
  // With several worker processes (scripts/server.ts), only the primary has a browser: workers
  // forward every PDF to it (lib/http/pdf-print.ts), so PDF_RENDERS counts for the installation.
  globalForPool.filrougeBrowserPool ??= new BrowserPool(poolOptions(env));
  return globalForPool.filrougeBrowserPool;
}

/** The pool's settings from the environment (docs/operations.md lists them). */
export function poolOptions(env: Record<string, string | undefined>): BrowserPoolOptions {
  return {
    size: Math.max(1, Math.floor(positive(env.PDF_RENDERS, 2))),
    queue: positive(env.PDF_QUEUE, 8),
    waitMs: positive(env.PDF_WAIT_MS, 20_000),
    nice: env.PDF_NICE === undefined || env.PDF_NICE.trim() === '' ? 10 : Math.max(0, Math.min(19, Number(env.PDF_NICE) | 0)),
  };
}

/**
 * Starts the process's browser before any request and keeps it (scripts/server.ts, in the process
 * that prints: the primary, or the only process). `PDF_WARM=0` starts it on the first PDF instead
 * and closes it after a minute without work. A browser that cannot start is reported, not fatal:
 * the first PDF will try again and answer with the reason.
 */
export async function warmBrowserPool(env: Record<string, string | undefined> = process.env) {
  if (env.PDF_WARM === '0') return;
  await browserPool(env)
    .warm()
    .catch((error: unknown) => console.error('[fil-rouge] the PDF browser could not start (it will be tried again at the first PDF):', error));
}

/** Closes the pool's browser if one was started (scripts/server.ts, at shutdown). */
export async function closeBrowserPool() {
  await globalForPool.filrougeBrowserPool?.close();
}
