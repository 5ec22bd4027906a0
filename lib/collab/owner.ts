import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { Collaboration } from './server';
import { setCollabBridge } from './persistence';
import { browserPool, type BrowserPoolStats } from '../http/browser-pool';
import { servePdfJob } from '../http/pdf-print';

// No `server-only`: scripts/server.ts runs this outside Next, in every process.

/**
 * With several worker processes (scripts/server.ts), one process owns collaboration: the
 * Hocuspocus server, its open documents and their live state. The workers reach it over a private
 * channel, an HTTP server on a Unix socket that only this installation's processes know:
 *
 * - a WebSocket upgrade on /collab that reached a worker is piped to the owner as it came (the
 *   worker has already normalised its proxy headers, so the owner reads the client's address);
 * - `POST /flush` stores every document changed since its last save and answers when they are in
 *   the database: a worker asks before serving what reads live text (the document, its versions,
 *   exports and print view, partnerships), so it reads it as fresh as the owner holds it;
 * - `POST /close?name=` disconnects everyone from a document whose section was removed;
 * - `GET /state` says whether collaboration runs, and how the PDF pool fares (for the health check);
 * - `POST /pdf` prints a PDF job (lib/http/pdf-print.ts) in this process's one browser, for the
 *   whole installation (issue 18.1: one Chromium, one queue, `PDF_RENDERS` pages at once in all).
 */
export function startOwnerChannel(collaboration: Collaboration, socketPath: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://owner');
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method === 'POST' && url.pathname === '/flush') {
      try {
        return reply(200, { stored: collaboration.storeChanged() });
      } catch (error) {
        console.error('[fil-rouge] storing live documents failed', error);
        return reply(500, { error: 'store failed' });
      }
    }
    if (request.method === 'POST' && url.pathname === '/close') {
      const name = url.searchParams.get('name');
      if (name) collaboration.hocuspocus.closeConnections(name);
      return reply(200, { closed: name });
    }
    if (request.method === 'GET' && url.pathname === '/state') {
      return reply(200, {
        state: 'running',
        documents: collaboration.hocuspocus.getDocumentsCount(),
        connections: collaboration.hocuspocus.getConnectionsCount(),
        pdf: browserPool().stats,
      });
    }
    if (request.method === 'POST' && url.pathname === '/pdf') return servePdfJob(request, response);
    reply(404, { error: 'not found' });
  });
  server.on('upgrade', (request, socket, head) => {
    if (!collaboration.handleUpgrade(request, socket, head)) socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve(server));
  });
}

/** Pipes a WebSocket upgrade that reached a worker to the collaboration owner, headers as normalised. */
export function forwardUpgrade(socketPath: string, request: http.IncomingMessage, socket: Duplex, head: Buffer) {
  const upstream = net.connect(socketPath);
  const end = () => {
    upstream.destroy();
    socket.destroy();
  };
  upstream.once('connect', () => {
    let raw = `${request.method} ${request.url} HTTP/${request.httpVersion}\r\n`;
    for (const [name, value] of Object.entries(request.headers)) {
      for (const one of [value].flat()) if (one !== undefined) raw += `${name}: ${one}\r\n`;
    }
    upstream.write(`${raw}\r\n`);
    if (head.length > 0) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  upstream.on('error', end);
  upstream.on('close', end);
  socket.on('error', end);
  socket.on('close', end);
}

function ask(socketPath: string, method: string, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath, method, path, timeout: 5_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== 200) return reject(new Error(`collaboration owner answered ${response.statusCode}: ${body}`));
        resolve(JSON.parse(body) as unknown);
      });
    });
    request.on('timeout', () => request.destroy(new Error('collaboration owner did not answer within 5 s')));
    request.on('error', reject);
    request.end();
  });
}

/**
 * In a worker: the app's server code reads documents from the database (live text is the owner's)
 * and asks the owner to store what changed before reading (`flushLiveDocuments`).
 */
export function bridgeToOwner(socketPath: string) {
  setCollabBridge({
    liveState: () => null,
    closeDocument(name) {
      ask(socketPath, 'POST', `/close?name=${encodeURIComponent(name)}`).catch((error: unknown) =>
        console.error('[fil-rouge] closing a document failed', error),
      );
    },
    // Worker caches key on the database's state, which a flush changes.
    revision: () => 0,
    flush: async () => {
      await ask(socketPath, 'POST', '/flush');
    },
  });
}

/** The owner's collaboration state for a worker's health check: 'stopping' when it does not answer. */
export async function ownerState(
  socketPath: string,
): Promise<{ state: 'running' | 'stopping'; documents: number; connections: number; pdf?: BrowserPoolStats }> {
  try {
    const answer = (await ask(socketPath, 'GET', '/state')) as { documents: number; connections: number; pdf?: BrowserPoolStats };
    return { state: 'running', documents: answer.documents, connections: answer.connections, pdf: answer.pdf };
  } catch {
    return { state: 'stopping', documents: 0, connections: 0 };
  }
}

/** Requests whose answer reads live text: pages, actions, exports and print views of the document, partnerships and the evaluation. */
export function readsLiveDocuments(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  return /\/(document|partnerships|evaluation)(\/|$)/.test(path);
}
