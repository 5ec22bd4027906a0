/**
 * The production server: Next.js and the collaboration server (Hocuspocus) behind one port. Run by
 * scripts/start.mjs (`npm start`) and by Playwright, with tsx. Honours PORT, DATABASE_PATH and
 * FILROUGE_WORKERS (docs/architecture.md, "Processes").
 *
 * - One worker (FILROUGE_WORKERS=1): one process serves pages, APIs, server actions and the
 *   collaboration WebSockets (/collab).
 * - Several (the default: one per core): this process is the primary. It migrates the database,
 *   seeds the demo when empty, runs the timers and owns collaboration (lib/collab/owner.ts), and
 *   forks the workers, which share the port (node:cluster) and serve everything else; a WebSocket
 *   upgrade that reaches a worker is piped to the primary.
 */
import cluster from 'node:cluster';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { db, migrateDatabase, sqlStatementCount } from '../db/client';
import { createCollaboration, type Collaboration } from '../lib/collab/server';
import { forwardUpgrade, readsLiveDocuments, startOwnerChannel, bridgeToOwner } from '../lib/collab/owner';
import { COLLAB_PATH } from '../lib/collab/names';
import { flushLiveDocuments } from '../lib/collab/persistence';
import { rendersPage, renderQueue } from '../lib/http/render-queue';
import { sweepOverdueIndicators } from '../lib/notifications/sweep';
import { normaliseProxyHeaders, trustProxy } from '../lib/security/proxy-headers';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const role = cluster.isPrimary ? 'primary' : 'worker';

/** How many processes serve HTTP: FILROUGE_WORKERS, or one per core. */
export function workerCount(env = process.env): number {
  const asked = Number(env.FILROUGE_WORKERS);
  return Number.isInteger(asked) && asked >= 1 ? asked : Math.max(1, os.availableParallelism());
}

/** Late indicators: their owners are notified at start and every hour (idempotent per indicator and due date). */
function startTimers() {
  const sweep = () => {
    try {
      const sent = db.transaction((tx) => sweepOverdueIndicators(tx));
      if (sent > 0) console.log(`[fil-rouge] ${sent} overdue-indicator notification(s)`);
    } catch (error) {
      console.error('[fil-rouge] overdue sweep failed', error);
    }
  };
  sweep();
  setInterval(sweep, 60 * 60 * 1000).unref();
}

/** Next's request handler with the page-render queue in front (lib/http/render-queue.ts). */
async function startNext(options: { beforeLiveRead?: () => Promise<void> }) {
  // React and Next pick their production builds from NODE_ENV, read when first loaded: set it
  // before importing Next (npm start sets it too; Playwright's web server may not).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  // Next attaches its own 'upgrade' listener to the server of its first request (for development
  // reloads and proxied WebSockets), and that listener ends every upgrade it does not serve,
  // /collab included. Given a server of its own that never listens, it leaves ours alone.
  const app = next({ dev: false, dir: root, hostname: 'localhost', port, httpServer: http.createServer() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serve = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    try {
      if (options.beforeLiveRead && readsLiveDocuments(request.url)) await options.beforeLiveRead();
      await handle(request, response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  };
  // Pages render two at a time per process (PAGE_RENDERS), first come first served.
  const renderInTurn = renderQueue(Number(process.env.PAGE_RENDERS) || 2, serve);
  const trusted = trustProxy();
  const server = http.createServer((request, response) => {
    // X-Forwarded-* are believed only behind a proxy that sets them (TRUST_PROXY=1); otherwise they
    // become the socket's address, so that nobody escapes the rate limits by forging them.
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trusted);
    // The benchmark reads the SQL statement counter between sequential requests (FILROUGE_SQL_COUNT=1 only).
    if (process.env.FILROUGE_SQL_COUNT === '1' && request.url === '/__bench/sql-count') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ count: sqlStatementCount() }));
      return;
    }
    void (rendersPage(request) ? renderInTurn(request, response) : serve(request, response));
  });
  return { app, server, trusted };
}

/** Stops on SIGINT/SIGTERM; a second signal, or a shutdown that hangs for 5 s, ends the process at once. */
function onStop(stop: (signal: string) => Promise<void>) {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => {
      console.error(`[fil-rouge] ${role}: shutdown took too long: exiting`);
      process.exit(1);
    }, 5000).unref();
    void stop(signal).then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => handler(signal));
}

/** One process for everything (FILROUGE_WORKERS=1). */
async function single() {
  // instrumentation.ts migrates too, but Next may run it only on the first HTTP request: the
  // collaboration server must not meet a database without its tables before that.
  migrateDatabase(db);
  startTimers();
  const { app, server, trusted } = await startNext({});
  const collaboration = createCollaboration();
  server.on('upgrade', (request, socket, head) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trusted);
    if (!collaboration.handleUpgrade(request, socket, head)) socket.destroy();
  });
  // Every interface, as `next start` does.
  server.listen(port, () => {
    console.log(`[fil-rouge] ready on http://localhost:${port} (collaboration on ws://localhost:${port}/collab; one process)`);
  });
  onStop(async (signal) => {
    console.log(`[fil-rouge] ${signal}: saving open documents and stopping`);
    await collaboration.close();
    server.close();
    await app.close?.();
  });
}

/** The primary of several workers: database, demo, timers, collaboration; forks the workers. */
async function primary(workers: number) {
  migrateDatabase(db);
  // The demo is seeded here, once, before any worker starts (each worker's instrumentation.ts then
  // finds the database seeded). Seeding runs server code outside Next, where `server-only` throws.
  (await import('./allow-server-only.cjs' as string)) as unknown;
  const { seedIfEmpty } = await import('../db/seed');
  if (await seedIfEmpty(db)) console.log('[fil-rouge] demo seeded');
  startTimers();
  const collaboration: Collaboration = createCollaboration();
  const socketPath = path.join(os.tmpdir(), `filrouge-collab-${process.pid}-${crypto.randomBytes(4).toString('hex')}.sock`);
  const channel = await startOwnerChannel(collaboration, socketPath);
  fs.chmodSync(socketPath, 0o600);

  let stopping = false;
  const fork = () => cluster.fork({ FILROUGE_COLLAB_SOCKET: socketPath });
  let listening = 0;
  cluster.on('listening', () => {
    listening += 1;
    if (listening === workers) {
      console.log(`[fil-rouge] ready on http://localhost:${port} (collaboration on ws://localhost:${port}/collab; ${workers} workers)`);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`[fil-rouge] worker ${worker.process.pid} ended (${signal ?? code}): starting another`);
    fork();
  });
  for (let i = 0; i < workers; i++) fork();

  onStop(async (signal) => {
    stopping = true;
    console.log(`[fil-rouge] ${signal}: stopping the workers, saving open documents`);
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await collaboration.close();
    channel.close();
    fs.rmSync(socketPath, { force: true });
  });
}

/** A worker: pages, APIs and server actions; collaboration upgrades piped to the primary. */
async function worker() {
  const socketPath = process.env.FILROUGE_COLLAB_SOCKET!;
  bridgeToOwner(socketPath);
  const { app, server } = await startNext({ beforeLiveRead: flushLiveDocuments });
  server.on('upgrade', (request, socket, head) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trustProxy());
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== COLLAB_PATH) return socket.destroy();
    forwardUpgrade(socketPath, request, socket, head);
  });
  server.listen(port);
  onStop(async () => {
    server.close();
    server.closeIdleConnections();
    await app.close?.();
  });
}

function main() {
  if (!cluster.isPrimary) return worker();
  const workers = workerCount();
  return workers > 1 ? primary(workers) : single();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
