/**
 * The production server: Next.js and the collaboration server (Hocuspocus) on one HTTP server and
 * one port. Page and API requests go to Next; WebSocket upgrades on /collab go to Hocuspocus.
 * Run by scripts/start.mjs (`npm start`) and by Playwright, with tsx. Honours PORT and
 * DATABASE_PATH; migrations run here before listening, and again with the demo seed in
 * instrumentation.ts. It also holds the database's lock, answers /health, refuses oversized and
 * malformed bodies, puts the security headers on every response and checkpoints the database at
 * a stop (docs/decisions/0012-operations-and-heavy-work.md).
 */
import http from 'node:http';
import path from 'node:path';
import { databasePath, db, migrateDatabase, rawSqlite, sqlStatementCount } from '../db/client';
import { browserPool, closeBrowserPool } from '../lib/http/browser-pool';
import { guardServerAction, isServerActionCall, refuseOversizedBody, withSecurityHeaders } from '../lib/http/edge-guards';
import { rendersPage, renderQueue } from '../lib/http/render-queue';
import { databaseOpenFailure, lockDatabase, StartRefused } from '../lib/operations/database-lock';
import { healthReport, type CollaborationState } from '../lib/operations/health';
import { shareOneYjs } from '../lib/operations/single-yjs';
import { sweepOverdueIndicators } from '../lib/notifications/sweep';
import { normaliseProxyHeaders, trustProxy } from '../lib/security/proxy-headers';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);

/**
 * One server per database file (a lock beside it), then the database opened and migrated; either
 * failure ends the start with one line naming the file and what to do (issue 18.9).
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
    throw databaseOpenFailure(file, error);
  }
  return unlock;
}

async function main() {
  // React and Next pick their production builds from NODE_ENV, read when first loaded: set it
  // before importing Next (npm start sets it too; Playwright's web server may not).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
  const unlock = openDatabaseOrExplain();
  process.on('exit', unlock);
  // One copy of Yjs for Next's bundle and the collaboration server, loaded before either.
  await shareOneYjs();
  const { createCollaboration } = await import('../lib/collab/server');
  const { default: next } = await import('next');
  // Late indicators: their owners are notified at start and every hour (idempotent per indicator
  // and due date; the notifications page sweeps its workspace too).
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
  // Next attaches its own 'upgrade' listener to the server of its first request (for development
  // reloads and proxied WebSockets), and that listener ends every upgrade it does not serve,
  // /collab included. Given a server of its own that never listens, it leaves ours alone.
  const app = next({ dev: false, dir: root, hostname: 'localhost', port, httpServer: http.createServer() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const collaboration = createCollaboration();
  // X-Forwarded-* are believed only behind a proxy that sets them (TRUST_PROXY=1); otherwise they
  // become the socket's address, so that nobody escapes the rate limits by forging them.
  const trusted = trustProxy();
  const serve = (request: http.IncomingMessage, response: http.ServerResponse) =>
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  // Pages render two at a time (PAGE_RENDERS), first come first served (lib/http/render-queue.ts).
  const renderInTurn = renderQueue(Number(process.env.PAGE_RENDERS) || 2, serve);
  let collaborationState: CollaborationState['state'] = 'running';
  // /health: no session, no data, no page slot; computed at most once a second (its probe writes).
  let health: { at: number; code: number; body: string } | null = null;
  const answerHealth = (response: http.ServerResponse) => {
    if (!health || Date.now() - health.at > 1000) {
      const { hocuspocus } = collaboration;
      const { code, report } = healthReport({
        sqlite: stopping ? null : rawSqlite(),
        databaseFile: databasePath(),
        collaboration: { state: collaborationState, connections: hocuspocus.getConnectionsCount(), documents: hocuspocus.getDocumentsCount() },
        pdf: browserPool().stats,
        env: process.env,
      });
      health = { at: Date.now(), code, body: JSON.stringify(report) };
    }
    response.writeHead(health.code, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(health.body);
  };
  const server = http.createServer((request, response) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trusted);
    withSecurityHeaders(request, response);
    // The benchmark reads the SQL statement counter between sequential requests (FILROUGE_SQL_COUNT=1 only).
    if (process.env.FILROUGE_SQL_COUNT === '1' && request.url === '/__bench/sql-count') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ count: sqlStatementCount() }));
      return;
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && (request.url === '/health' || request.url?.startsWith('/health?'))) return answerHealth(response);
    // Bodies over 8 MB: 413 with a message; server actions whose body React could not have sent: 400.
    if (refuseOversizedBody(request, response)) return;
    if (isServerActionCall(request)) {
      void guardServerAction(request, response).then((replayed) => replayed && serve(replayed, response));
      return;
    }
    void (rendersPage(request) ? renderInTurn(request, response) : serve(request, response));
  });
  server.on('upgrade', (request, socket, head) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trusted);
    if (!collaboration.handleUpgrade(request, socket, head)) socket.destroy();
  });
  // Every interface, as `next start` does.
  server.listen(port, () => {
    console.log(`[fil-rouge] ready on http://localhost:${port} (collaboration on ws://localhost:${port}/collab)`);
  });

  /**
   * The database file alone must be complete after a stop (issue 18.9: it was 4 kB with every table
   * still in -wal): the collaboration server stores its open documents first, then the database
   * is checkpointed into its file (TRUNCATE empties the -wal) and closed, then the lock is removed.
   */
  const closeDatabase = () => {
    try {
      const sqlite = rawSqlite();
      if (!sqlite.open) return;
      const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
      sqlite.close();
      console.log(`[fil-rouge] database checkpointed (${result?.checkpointed ?? 0} pages) and closed`);
    } catch (error) {
      console.error('[fil-rouge] closing the database failed:', (error as Error).message);
    }
  };
  const stop = async (signal: string) => {
    // A second signal, or a shutdown that hangs for 5 s, ends the process at once (database closed first).
    if (stopping) process.exit(1);
    stopping = true;
    collaborationState = 'stopping';
    setTimeout(() => {
      console.error('[fil-rouge] shutdown took too long: exiting');
      closeDatabase();
      unlock();
      process.exit(1);
    }, 5000);
    console.log(`[fil-rouge] ${signal}: saving open documents and stopping`);
    server.close();
    try {
      // Hocuspocus's own flush of the debounced stores, awaited, then every open document stored
      // and every connection closed (lib/collab/server.ts).
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
    await app.close?.();
    await closeBrowserPool();
    closeDatabase();
    unlock();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
}

let stopping = false;

main().catch((error: unknown) => {
  // A start refused for a reason the operator can fix is one line; anything else keeps its stack.
  console.error(error instanceof StartRefused ? error.message : error);
  process.exit(1);
});
