import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCollaboration } from '@/lib/collab/server';
import { ownerState, startOwnerChannel } from '@/lib/collab/owner';
import { BrowserBusy, BrowserPool } from './browser-pool';
import { forwardPdfJobsTo, printPdf } from './pdf-print';

process.env.NEXTAUTH_SECRET ??= 'vitest-secret-0123456789abcdef';

const shared = globalThis as unknown as { filrougeBrowserPool?: BrowserPool };
const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  forwardPdfJobsTo(undefined);
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** The primary's private channel, with the installation's pool set to `pool`; the test plays the worker. */
async function primaryWith(pool: BrowserPool) {
  const previous = shared.filrougeBrowserPool;
  shared.filrougeBrowserPool = pool;
  const collaboration = createCollaboration({ debounce: 60_000, maxDebounce: 60_000 });
  const socketPath = path.join(os.tmpdir(), `filrouge-pdf-test-${process.pid}-${Date.now()}.sock`);
  const channel = await startOwnerChannel(collaboration, socketPath);
  cleanup.push(async () => {
    await pool.close();
    shared.filrougeBrowserPool = previous;
    await collaboration.close();
    await new Promise((resolve) => channel.close(resolve));
    fs.rmSync(socketPath, { force: true });
  });
  forwardPdfJobsTo(socketPath);
  return socketPath;
}

const job = (text: string) => ({ html: `<!doctype html><html lang="fr"><title>t</title><p>${text}</p></html>`, footer: { page: 'Page' } });

describe('PDFs printed by the primary for every worker (issue 18.1)', () => {
  it('a worker’s PDF is printed in the primary’s pool, and the same page asked six times at once is printed once', { timeout: 90_000 }, async () => {
    const pool = new BrowserPool({ size: 2, queue: 8, waitMs: 30_000 });
    const socketPath = await primaryWith(pool);
    const pdfs = await Promise.all(Array.from({ length: 6 }, () => printPdf(job('Stratégie publiée'))));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(new Set(pdfs.map((pdf) => pdf.toString('base64'))).size).toBe(1);
    const other = await printPdf(job('Autre contenu'));
    expect(other.subarray(0, 5).toString()).toBe('%PDF-');
    // One browser, two renders: the six identical jobs shared one.
    expect(pool.stats).toMatchObject({ launches: 1, rendered: 2, refused: 0 });
    // A worker's health check reports the primary's pool.
    expect((await ownerState(socketPath)).pdf).toMatchObject({ launches: 1, rendered: 2 });
    console.log(`[pdf-print] 7 jobs from a worker: ${pool.stats.rendered} renders, ${pool.stats.launches} browser in the primary`);
  });

  it('a saturated primary answers the worker BrowserBusy with its Retry-After', { timeout: 90_000 }, async () => {
    const pool = new BrowserPool({ size: 1, queue: 0, waitMs: 100 });
    await primaryWith(pool);
    let release: (() => void) | undefined;
    const held = pool.withPage(() => new Promise<void>((resolve) => (release = resolve)));
    while (!release) await new Promise((resolve) => setTimeout(resolve, 20));
    const refused = await printPdf(job('Trop tôt')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BrowserBusy);
    expect((refused as BrowserBusy).retryAfterSeconds).toBeGreaterThanOrEqual(5);
    release();
    await held;
    expect((await printPdf(job('Après'))).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
