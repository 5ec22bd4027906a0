import crypto from 'node:crypto';
import http from 'node:http';
import { BrowserBusy, browserPool } from './browser-pool';

// No `server-only`: scripts/server.ts's primary serves forwarded jobs outside Next.

/** What Chromium prints: a self-contained HTML page and the footer's word for "page". */
export type PdfJob = { html: string; footer: { page: string } };

/** Largest job a primary accepts from a worker (the HTML of the largest document is a few MB). */
const MAX_JOB_BYTES = 64 * 1024 * 1024;

const shared = globalThis as unknown as { filrougePdfForward?: string; filrougePdfJobs?: Map<string, Promise<Buffer>> };
const inFlight = (shared.filrougePdfJobs ??= new Map());

/**
 * In a worker process (scripts/server.ts): every PDF is printed by the primary, over the private
 * channel at `socketPath` (lib/collab/owner.ts `/pdf`), so that the installation has one Chromium,
 * one queue and `PDF_RENDERS` pages at once in all (issue 18.1). `undefined` prints here again.
 */
export function forwardPdfJobsTo(socketPath: string | undefined) {
  shared.filrougePdfForward = socketPath;
}

/**
 * Prints a PDF: in the primary's browser when this process is a worker, otherwise in this process's
 * pool. Throws BrowserBusy (answer 503 with Retry-After) when the pool is saturated.
 */
export function printPdf(job: PdfJob): Promise<Buffer> {
  const socketPath = shared.filrougePdfForward;
  return socketPath ? forwardPdfJob(socketPath, job) : printLocally(job);
}

/**
 * Prints in this process's browser pool. The same page asked again while it prints (twenty readers
 * of a new publication, ten exports of one document) shares that one render instead of queueing
 * ten: Chromium prints identical HTML to identical bytes.
 */
export function printLocally(job: PdfJob): Promise<Buffer> {
  const key = crypto.createHash('sha256').update(job.footer.page).update('\0').update(job.html).digest('base64url');
  const running = inFlight.get(key);
  if (running) return running;
  const rendering = render(job).finally(() => inFlight.delete(key));
  inFlight.set(key, rendering);
  return rendering;
}

function render({ html, footer }: PdfJob): Promise<Buffer> {
  return browserPool().withPage(
    async (page) => {
      // Printing needs no session, no URL and no network: every request is refused.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#555">${footer.page} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
        tagged: true,
        outline: true,
      });
      return Buffer.from(pdf);
    },
    { javaScriptEnabled: false, offline: true },
  );
}

/** A worker's side: the job to the primary; its 503 comes back as BrowserBusy with the same Retry-After. */
function forwardPdfJob(socketPath: string, job: PdfJob): Promise<Buffer> {
  const body = Buffer.from(JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const request = http.request(
      // The primary's own limits end a job (20 s of waiting, 60 s of printing): this is only a safety net.
      { socketPath, method: 'POST', path: '/pdf', timeout: 120_000, headers: { 'Content-Type': 'application/json', 'Content-Length': body.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answer = Buffer.concat(chunks);
          if (response.statusCode === 200) return resolve(answer);
          if (response.statusCode === 503) return reject(new BrowserBusy(Number(response.headers['retry-after']) || 5));
          reject(new Error(`the primary could not print the PDF (${response.statusCode}): ${answer.toString('utf8').slice(0, 200)}`));
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('the primary did not print the PDF within 120 s')));
    request.on('error', reject);
    request.end(body);
  });
}

/** The primary's side of `/pdf`: reads a job, prints it in the installation's pool, answers the bytes (or 503 + Retry-After). */
export function servePdfJob(request: http.IncomingMessage, response: http.ServerResponse) {
  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_JOB_BYTES) {
      response.writeHead(413).end();
      request.destroy();
      return;
    }
    chunks.push(chunk);
  });
  request.on('end', () => {
    let job: PdfJob;
    try {
      const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<PdfJob>;
      if (typeof parsed.html !== 'string' || typeof parsed.footer?.page !== 'string') throw new Error('not a PDF job');
      job = { html: parsed.html, footer: { page: parsed.footer.page } };
    } catch {
      response.writeHead(400).end();
      return;
    }
    printLocally(job).then(
      (pdf) => {
        response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': pdf.length });
        response.end(pdf);
      },
      (error: unknown) => {
        if (error instanceof BrowserBusy) {
          response.writeHead(503, { 'Retry-After': String(error.retryAfterSeconds) });
          response.end();
          return;
        }
        console.error('[fil-rouge] printing a PDF failed', error);
        response.writeHead(500).end(String((error as Error).message ?? error));
      },
    );
  });
}
