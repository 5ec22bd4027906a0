/**
 * The production server: Next.js and the collaboration server (Hocuspocus) behind one port. Run by
 * scripts/start.mjs (`npm start`) and by Playwright, with tsx. Honours PORT, DATABASE_PATH and
 * FILROUGE_WORKERS (docs/architecture.md, "Processes"; docs/decisions/0012 for operations).
 *
 * - One worker (FILROUGE_WORKERS=1): one process serves pages, APIs, server actions and the
 *   collaboration WebSockets (/collab).
 * - Several (the default: one per core): this process is the primary. It holds the database's lock,
 *   migrates it, seeds the demo when empty, runs the timers and owns collaboration
 *   (lib/collab/owner.ts), and forks the workers, which share the port (node:cluster) and serve
 *   everything else; a WebSocket upgrade that reaches a worker is piped to the primary, and so is
 *   every PDF to print (lib/http/pdf-print.ts: one Chromium for the installation).
 *
 * Every process that serves HTTP answers /health, refuses oversized and malformed bodies and puts
 * the security headers on every response; a stop stores the open documents, then checkpoints and
 * closes the database, so that the file alone is complete.
 */
import cluster from 'node:cluster';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { BeforeBaseline } from '../db/baseline';
import { databasePath, db, migrateDatabase, rawSqlite, sqlStatementCount } from '../db/client';
import { browserPool, closeBrowserPool, warmBrowserPool, type BrowserPoolStats } from '../lib/http/browser-pool';
import { forwardPdfJobsTo } from '../lib/http/pdf-print';
import { guardServerAction, isServerActionCall, refuseOversizedBody, withSecurityHeaders } from '../lib/http/edge-guards';
import { compressResponses } from '../lib/http/compression';
import { rendersPage, renderQueue } from '../lib/http/render-queue';
import { databaseOpenFailure, lockDatabase, StartRefused } from '../lib/operations/database-lock';
import { healthReport, type CollaborationState } from '../lib/operations/health';
import { shareOneYjs } from '../lib/operations/single-yjs';
import { sweepOverdueIndicators } from '../lib/notifications/sweep';
import { normaliseProxyHeaders, trustProxy } from '../lib/security/proxy-headers';
import type { Collaboration } from '../lib/collab/server';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const role = cluster.isPrimary ? 'primary' : 'worker';
let stopping = false;
/**
 * FILROUGE_WORKER_PORTS=<base>: each worker also listens on <base> + its number (1, 2, …) and names
 * itself in an X-Filrouge-Worker header, so that a test or a diagnosis can reach one given worker
 * (e2e/collab-workers.spec.ts puts two browsers on two workers). Unset in production.
 */
const workerPortBase = Number(process.env.FILROUGE_WORKER_PORTS) || 0;
const pinnedWorker = workerPortBase && cluster.worker ? cluster.worker.id : 0;

/** How many processes serve HTTP: FILROUGE_WORKERS, or one per core. */
export function workerCount(env = process.env): number {
  const asked = Number(env.FILROUGE_WORKERS);
  return Number.isInteger(asked) && asked >= 1 ? asked : Math.max(1, os.availableParallelism());
}

/**
 * One server per database file (a lock beside it; an installation's own workers do not take it),
 * then the database opened and migrated; either failure ends the start with one line naming the
 * file and what to do (issue 18.9).
 */
function openDatabaseOrExplain(): () => void {
  const file = databasePath();
  let unlock: () => void;
  try {
    unlock = lockDatabase(file, port);
  } catch (error) {
    throw error instanceof StartRefused ? error : databaseOpenFailure(file, error);
  }
  try {
    // instrumentation.ts migrates too, but Next may run it only on the first HTTP request: the
    // collaboration server must not meet a database without its tables before that.
    migrateDatabase(db);
  } catch (error) {
    unlock();
    throw error instanceof BeforeBaseline ? new StartRefused(error.message) : databaseOpenFailure(file, error);
  }
  process.on('exit', unlock);
  return unlock;
}

/**
 * The database file alone must be complete after a stop (issue 18.9: it was 4 kB with every table
 * still in -wal): it is checkpointed into its file (TRUNCATE empties the -wal) and closed.
 */
function closeDatabase() {
  try {
    const sqlite = rawSqlite();
    if (!sqlite.open) return;
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    sqlite.close();
    if (role === 'primary') console.log(`[fil-rouge] database checkpointed (${result?.checkpointed ?? 0} pages) and closed`);
  } catch (error) {
    console.error('[fil-rouge] closing the database failed:', (error as Error).message);
  }
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
  // The weekly digest of what is due (lib/calendar/digest.ts): tried every hour, sent once per person
  // and ISO week (a unique row claims it), so a restart or a second process never sends it twice.
  const digest = async () => {
    try {
      (await import('./allow-server-only.cjs' as string)) as unknown;
      const { sendWeeklyDigests } = await import('../lib/calendar/digest');
      const sent = await sendWeeklyDigests();
      if (sent > 0) console.log(`[fil-rouge] ${sent} weekly digest(s) sent`);
    } catch (error) {
      console.error('[fil-rouge] weekly digest failed', error);
    }
  };
  void digest();
  setInterval(() => void digest(), 60 * 60 * 1000).unref();
}

/** Hocuspocus's own flush of the debounced stores, awaited, then every open document stored and every connection closed. */
async function storeAndCloseCollaboration(collaboration: Collaboration) {
  try {
    const { hocuspocus } = collaboration;
    await Promise.allSettled(
      [...hocuspocus.documents.values()].map((document) => {
        const id = `onStoreDocument-${document.name}`;
        return hocuspocus.debouncer.isDebounced(id) ? hocuspocus.debouncer.executeNow(id) : undefined;
      }),
    );
    await collaboration.close();
  } catch (error) {
    console.error('[fil-rouge] storing open documents failed:', (error as Error).message);
  }
}

/** Stops on SIGINT/SIGTERM; a second signal, or a shutdown that hangs for 5 s, ends the process at once (database closed first). */
function onStop(stop: (signal: string) => Promise<void>, onTimeout: () => void) {
  const handler = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => {
      console.error(`[fil-rouge] ${role}: shutdown took too long: exiting`);
      onTimeout();
      process.exit(1);
    }, 5000).unref();
    void stop(signal).then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => handler(signal));
}

/**
 * Next's request handler behind the edge guards: security headers on every response, /health,
 * bodies over 8 MB refused (413), malformed server-action bodies refused (400), page renders in
 * turn (lib/http/render-queue.ts), and, in a worker, live text stored by the owner before a request
 * that reads it.
 */
async function startNext(options: {
  collaborationState: () => Promise<CollaborationState & { pdf?: BrowserPoolStats }>;
  beforeLiveRead?: () => Promise<void>;
  readsLive?: (url: string | undefined) => boolean;
}) {
  const { default: next } = await import('next');
  // Next attaches its own 'upgrade' listener to the server of its first request (for development
  // reloads and proxied WebSockets), and that listener ends every upgrade it does not serve,
  // /collab included. Given a server of its own that never listens, it leaves ours alone.
  const app = next({ dev: false, dir: root, hostname: 'localhost', port, httpServer: http.createServer() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serve = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    try {
      if (options.beforeLiveRead && options.readsLive?.(request.url)) await options.beforeLiveRead();
      await handle(request, response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  };
  // Pages render two at a time per process (PAGE_RENDERS), first come first served.
  const renderInTurn = renderQueue(Number(process.env.PAGE_RENDERS) || 2, serve);
  // /health: no session, no data, no page slot; computed at most once a second (its probe writes).
  let health: { at: number; code: number; body: string } | null = null;
  const answerHealth = async (response: http.ServerResponse) => {
    if (!health || Date.now() - health.at > 1000) {
      // A worker's PDFs are printed by the primary (lib/http/pdf-print.ts): its pool is the one to report.
      const { pdf, ...collaboration } = await options.collaborationState();
      const { code, report } = healthReport({
        sqlite: stopping ? null : rawSqlite(),
        databaseFile: databasePath(),
        collaboration,
        pdf: pdf ?? browserPool().stats,
        env: process.env,
      });
      health = { at: Date.now(), code, body: JSON.stringify(report) };
    }
    response.writeHead(health.code, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(health.body);
  };
  // X-Forwarded-* are believed only behind proxies that set them (TRUST_PROXY); otherwise they
  // become the socket's address, so that nobody escapes the rate limits by forging them.
  const trusted = trustProxy();
  const server = http.createServer((request, response) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trusted);
    withSecurityHeaders(request, response);
    compressResponses(request, response);
    if (pinnedWorker) response.setHeader('X-Filrouge-Worker', String(pinnedWorker));
    // The benchmark reads the SQL statement counter between sequential requests (FILROUGE_SQL_COUNT=1 only).
    if (process.env.FILROUGE_SQL_COUNT === '1' && request.url === '/__bench/sql-count') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ count: sqlStatementCount() }));
      return;
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && (request.url === '/health' || request.url?.startsWith('/health?'))) {
      void answerHealth(response);
      return;
    }
    if (refuseOversizedBody(request, response)) return;
    if (isServerActionCall(request)) {
      void guardServerAction(request, response).then((replayed) => replayed && serve(replayed, response));
      return;
    }
    void (rendersPage(request) ? renderInTurn(request, response) : serve(request, response));
  });
  return { app, server, trusted };
}

/** One process for everything (FILROUGE_WORKERS=1). */
async function single() {
  const unlock = openDatabaseOrExplain();
  // One copy of Yjs for Next's bundle and the collaboration server, loaded before either.
  await shareOneYjs();
  const { createCollaboration } = await import('../lib/collab/server');
  startTimers();
  let state: CollaborationState['state'] = 'running';
  const collaboration = createCollaboration();
  const { app, server, trusted } = await startNext({
    collaborationState: async () => ({
      state,
      connections: collaboration.hocuspocus.getConnectionsCount(),
      documents: collaboration.hocuspocus.getDocumentsCount(),
    }),
  });
  server.on('upgrade', (request, socket, head) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trusted);
    if (!collaboration.handleUpgrade(request, socket, head)) socket.destroy();
  });
  // Every interface, as `next start` does.
  server.listen(port, () => {
    console.log(`[fil-rouge] ready on http://localhost:${port} (collaboration on ws://localhost:${port}/collab; one process)`);
  });
  // This process prints the PDFs: its browser starts now, not in the first burst of requests.
  void warmBrowserPool();
  onStop(
    async (signal) => {
      state = 'stopping';
      console.log(`[fil-rouge] ${signal}: saving open documents and stopping`);
      server.close();
      await storeAndCloseCollaboration(collaboration);
      await app.close?.();
      await closeBrowserPool();
      closeDatabase();
      unlock();
    },
    () => {
      closeDatabase();
      unlock();
    },
  );
}

/** The primary of several workers: lock, database, demo, timers, collaboration; forks the workers. */
async function primary(workers: number) {
  const unlock = openDatabaseOrExplain();
  await shareOneYjs();
  const { createCollaboration } = await import('../lib/collab/server');
  const { startOwnerChannel } = await import('../lib/collab/owner');
  // The demo is seeded here, once, before any worker starts (each worker's instrumentation.ts then
  // finds the database seeded). Seeding runs server code outside Next, where `server-only` throws.
  (await import('./allow-server-only.cjs' as string)) as unknown;
  const { seedIfEmpty } = await import('../lib/seed');
  if (await seedIfEmpty(db)) console.log('[fil-rouge] demo seeded');
  startTimers();
  const collaboration = createCollaboration();
  const socketPath = path.join(os.tmpdir(), `filrouge-collab-${process.pid}-${crypto.randomBytes(4).toString('hex')}.sock`);
  const channel = await startOwnerChannel(collaboration, socketPath);
  fs.chmodSync(socketPath, 0o600);

  const fork = () => cluster.fork({ FILROUGE_COLLAB_SOCKET: socketPath, FILROUGE_WORKER_COUNT: String(workers) });
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
  // The primary prints every PDF (workers forward theirs): its browser starts now, niced, while the
  // workers start, rather than in the first burst of PDF requests (issue 18.1).
  void warmBrowserPool();

  onStop(
    async (signal) => {
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
      await storeAndCloseCollaboration(collaboration);
      channel.close();
      await closeBrowserPool();
      fs.rmSync(socketPath, { force: true });
      closeDatabase();
      unlock();
    },
    () => {
      closeDatabase();
      unlock();
    },
  );
}

/** A worker: pages, APIs and server actions; collaboration upgrades piped to the primary. */
async function worker() {
  const socketPath = process.env.FILROUGE_COLLAB_SOCKET!;
  await shareOneYjs();
  const { bridgeToOwner, forwardUpgrade, ownerState, readsLiveDocuments } = await import('../lib/collab/owner');
  const { flushLiveDocuments } = await import('../lib/collab/persistence');
  const { COLLAB_PATH } = await import('../lib/collab/names');
  bridgeToOwner(socketPath);
  // One Chromium for the installation: the primary prints every PDF (issue 18.1).
  forwardPdfJobsTo(socketPath);
  const { app, server } = await startNext({
    collaborationState: () => ownerState(socketPath),
    beforeLiveRead: flushLiveDocuments,
    readsLive: readsLiveDocuments,
  });
  server.on('upgrade', (request, socket, head) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trustProxy());
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== COLLAB_PATH) return socket.destroy();
    forwardUpgrade(socketPath, request, socket, head);
  });
  server.listen(port);
  // This worker alone on its own port too (FILROUGE_WORKER_PORTS): the same handlers.
  const pinned = pinnedWorker ? http.createServer() : null;
  if (pinned) {
    pinned.on('request', (request, response) => server.emit('request', request, response));
    pinned.on('upgrade', (request, socket, head) => server.emit('upgrade', request, socket, head));
    pinned.listen(workerPortBase + pinnedWorker);
  }
  onStop(
    async () => {
      pinned?.close();
      server.close();
      server.closeIdleConnections();
      await app.close?.();
      await closeBrowserPool();
      closeDatabase();
    },
    () => closeDatabase(),
  );
}

function main() {
  // React and Next pick their production builds from NODE_ENV, read when first loaded: set it
  // before importing Next (npm start sets it too; Playwright's web server may not).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
  if (!cluster.isPrimary) return worker();
  const workers = workerCount();
  return workers > 1 ? primary(workers) : single();
}

main().catch((error: unknown) => {
  // A start refused for a reason the operator can fix is one line; anything else keeps its stack.
  console.error(error instanceof StartRefused ? error.message : error);
  process.exit(1);
});
