/**
 * The production server: Next.js and the collaboration server (Hocuspocus) on one HTTP server and
 * one port. Page and API requests go to Next; WebSocket upgrades on /collab go to Hocuspocus.
 * Run by scripts/start.mjs (`npm start`) and by Playwright, with tsx. Honours PORT and HOSTNAME;
 * migrations and the demo seed run in instrumentation.ts during `app.prepare()`, before listening.
 */
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { db, migrateDatabase } from '../db/client';
import { createCollaboration } from '../lib/collab/server';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

async function main() {
  // instrumentation.ts migrates too, but Next may run it only on the first HTTP request: the
  // collaboration server must not meet a database without its tables before that.
  migrateDatabase(db);
  const app = next({ dev: false, dir: root, hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const collaboration = createCollaboration();
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.on('upgrade', (request, socket, head) => {
    if (!collaboration.handleUpgrade(request, socket, head)) socket.destroy();
  });
  server.listen(port, hostname, () => {
    console.log(`[fil-rouge] ready on http://localhost:${port} (collaboration on ws://localhost:${port}/collab)`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
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
