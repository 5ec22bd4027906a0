import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserBusy, BrowserPool, poolOptions, processTable } from './browser-pool';

/** Direct children of this process that are a Chromium: one per launched browser. */
function browserProcesses(): number[] {
  return [...processTable()].filter(([, { ppid, name }]) => ppid === process.pid && /chrom/i.test(name)).map(([pid]) => pid);
}

/** A render that holds its page until `release()` is called, so that slots stay taken as long as the test wants. */
function heldRender(pool: BrowserPool) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started = false;
  const done = pool.withPage(async (page) => {
    started = true;
    await page.setContent('<p>held</p>');
    await released;
    return page.textContent('p');
  });
  return { done, release: () => release(), started: () => started };
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pools: BrowserPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function pool(options: ConstructorParameters<typeof BrowserPool>[0]) {
  const created = new BrowserPool(options);
  pools.push(created);
  return created;
}

describe('browser pool (issue 18: one browser, N pages at once, a bounded queue)', () => {
  it('renders six jobs with one browser, two pages at a time', { timeout: 90_000 }, async () => {
    const p = pool({ size: 2, queue: 8, waitMs: 60_000 });
    const jobs = Array.from({ length: 6 }, () => heldRender(p));
    await until(() => jobs.filter((j) => j.started()).length === 2, 'two renders to start');
    // Two slots: the four others wait, and only one browser process runs.
    expect(p.stats.active).toBe(2);
    expect(p.stats.waiting).toBe(4);
    expect(browserProcesses()).toHaveLength(1);
    for (const job of jobs) job.release();
    expect(await Promise.all(jobs.map((j) => j.done))).toEqual(Array(6).fill('held'));
    expect(p.stats).toMatchObject({ launches: 1, peakActive: 2, rendered: 6, refused: 0 });
    expect(browserProcesses()).toHaveLength(1);
    console.log(`[browser-pool] 6 renders, size 2: ${p.stats.launches} browser launched, at most ${p.stats.peakActive} pages at once`);
  });

  it('refuses at once when the queue is full, and after the wait limit otherwise', { timeout: 90_000 }, async () => {
    const p = pool({ size: 1, queue: 1, waitMs: 300 });
    const holder = heldRender(p);
    await until(holder.started, 'the first render to start');
    // One waits (the queue holds one); the next is refused without waiting.
    const waiting = p.withPage(async () => 'never');
    const refused = await p.withPage(async () => 'never').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BrowserBusy);
    expect((refused as BrowserBusy).retryAfterSeconds).toBeGreaterThanOrEqual(5);
    // The waiting one gives up when its wait limit passes, while the slot is still held.
    expect(await waiting.catch((error: unknown) => error)).toBeInstanceOf(BrowserBusy);
    expect(holder.started()).toBe(true);
    holder.release();
    expect(await holder.done).toBe('held');
    expect(p.stats.refused).toBe(2);
    // The slot is free again: the next render goes through in the same browser.
    expect(await p.withPage(async (page) => page.evaluate(() => 6 * 7))).toBe(42);
    expect(p.stats.launches).toBe(1);
  });

  it('launches a new browser when the previous one is gone', { timeout: 90_000 }, async () => {
    const p = pool({ size: 1, queue: 1, waitMs: 10_000 });
    expect(await p.withPage(async () => 'first')).toBe('first');
    for (const pid of browserProcesses()) process.kill(pid, 'SIGKILL');
    await until(() => browserProcesses().length === 0, 'the browser to exit');
    let answer: string | null = null;
    // The disconnection may be seen after the kill: a render may fail once, the next must work.
    for (let attempt = 0; attempt < 3 && answer === null; attempt++) {
      answer = await p.withPage(async () => 'second').catch(() => null);
    }
    expect(answer).toBe('second');
    expect(p.stats.launches).toBe(2);
  });
});

describe('browser pool priority (PDF_NICE)', () => {
  it('starts Chromium already niced, so that its start-up yields to the pages too', { timeout: 90_000 }, async () => {
    const p = pool({ size: 1, queue: 1, waitMs: 30_000, nice: 7 });
    expect(await p.withPage(async (page) => page.evaluate(() => 6 * 7))).toBe(42);
    const [browser] = browserProcesses();
    expect(browser).toBeDefined();
    const stat = fs.readFileSync(`/proc/${browser}/stat`, 'utf8');
    // Field 19 of /proc/<pid>/stat is the niceness (fields counted after the command name's ')').
    expect(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])).toBe(7);
  });
});

describe('browser kept warm (PDF_WARM) and niced by default (PDF_NICE)', () => {
  it('a warmed browser is started before any render and outlives the idle delay that closes a cold one', { timeout: 90_000 }, async () => {
    const warm = pool({ size: 1, queue: 1, waitMs: 30_000, idleMs: 100 });
    await warm.warm();
    expect(warm.stats.launches).toBe(1);
    expect(browserProcesses()).toHaveLength(1);
    expect(await warm.withPage(async (page) => page.evaluate(() => 'printed'))).toBe('printed');
    // A cold pool with the same idle delay, used after the warm one: its browser closes once idle.
    const cold = pool({ size: 1, queue: 1, waitMs: 30_000, idleMs: 100 });
    expect(await cold.withPage(async (page) => page.evaluate(() => 'printed'))).toBe('printed');
    expect(browserProcesses()).toHaveLength(2);
    await until(() => browserProcesses().length === 1, 'the cold browser to close when idle');
    // The warm one is still there: its next render starts no browser.
    expect(await warm.withPage(async (page) => page.evaluate(() => 'again'))).toBe('again');
    expect(warm.stats.launches).toBe(1);
    expect(cold.stats.launches).toBe(1);
  });

  it('reads its settings from the environment: niced at 10 unless PDF_NICE says otherwise', () => {
    expect(poolOptions({})).toEqual({ size: 2, queue: 8, waitMs: 20_000, nice: 10 });
    expect(poolOptions({ PDF_NICE: '0' }).nice).toBe(0);
    expect(poolOptions({ PDF_NICE: '25' }).nice).toBe(19);
    expect(poolOptions({ PDF_NICE: 'abc', PDF_RENDERS: '3', PDF_QUEUE: '-1' })).toEqual({ size: 3, queue: 8, waitMs: 20_000, nice: 0 });
  });
});
