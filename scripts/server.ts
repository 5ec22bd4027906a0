/**
 * The production server: Next.js and the collaboration server (Hocuspocus) on one HTTP server and
 * one port. Page and API requests go to Next; WebSocket upgrades on /collab go to Hocuspocus.
 * Run by scripts/start.mjs (`npm start`) and by Playwright, with tsx. Honours PORT and
 * DATABASE_PATH; migrations run here before listening, and again with the demo seed in
 * instrumentation.ts.
 */
import http from 'node:http';
import path from 'node:path';
import { db, migrateDatabase, sqlStatementCount } from '../db/client';
import { createCollaboration } from '../lib/collab/server';
import { rendersPage, renderQueue } from '../lib/http/render-queue';
import { sweepOverdueIndicators } from '../lib/notifications/sweep';
import { normaliseProxyHeaders, trustProxy } from '../lib/security/proxy-headers';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);

async function main() {
  // React and Next pick their production builds from NODE_ENV, read when first loaded: set it
  // before importing Next (npm start sets it too; Playwright's web server may not).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  // instrumentation.ts migrates too, but Next may run it only on the first HTTP request: the
  // collaboration server must not meet a database without its tables before that.
  migrateDatabase(db);
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
  const server = http.createServer((request, response) => {
    normaliseProxyHeaders(request.headers, request.socket.remoteAddress, trusted);
    // The benchmark reads the SQL statement counter between sequential requests (FILROUGE_SQL_COUNT=1 only).
    if (process.env.FILROUGE_SQL_COUNT === '1' && request.url === '/__bench/sql-count') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ count: sqlStatementCount() }));
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

  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal, or a shutdown that hangs for 5 s, ends the process at once.
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => {
      console.error('[fil-rouge] shutdown took too long: exiting');
      process.exit(1);
    }, 5000);
    console.log(`[fil-rouge] ${signal}: saving open documents and stopping`);
    await collaboration.close();
    server.close();
    await app.close?.();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
