import type { IncomingMessage, ServerResponse } from 'node:http';
import pLimit from 'p-limit';

// No `server-only`: scripts/server.ts runs it outside Next.

/** The public strategy's PDF: printed by the browser pool (lib/http/browser-pool.ts), never in a page slot. */
const PUBLIC_PDF = /^\/p\/[^/?#]+\/pdf(?:[?#]|$)/;

/**
 * A request that renders a page: GET or HEAD outside the APIs (/api/), Next's files (/_next/) and
 * the public PDF, which waits for the browser pool instead: a reader's PDF must not hold a page's turn.
 */
export function rendersPage(request: Pick<IncomingMessage, 'method' | 'url'>): boolean {
  const url = request.url ?? '/';
  return (request.method === 'GET' || request.method === 'HEAD') && !url.startsWith('/api/') && !url.startsWith('/_next/') && !PUBLIC_PDF.test(url);
}

type Serve = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Serves page renders `limit` at a time, first come first served. Rendering is CPU on one thread:
 * twenty pages rendered at once only interleave, so each waits for all the others and the
 * unluckiest several times as long; in turn, a page waits only for those before it (same
 * throughput, the tail cut by half: README, Performance). A render's turn ends when its response
 * closes; a request whose client left while waiting is not rendered; a render that never ends
 * gives its turn up after `stuckMs`.
 */
export function renderQueue(limit: number, serve: Serve, stuckMs = 30_000) {
  const renders = pLimit(Math.max(1, limit));
  return (request: IncomingMessage, response: ServerResponse) =>
    renders(
      () =>
        new Promise<void>((resolve) => {
          if (response.destroyed || request.socket.destroyed) return resolve();
          const stuck = setTimeout(resolve, stuckMs);
          response.once('close', () => {
            clearTimeout(stuck);
            resolve();
          });
          serve(request, response);
        }),
    );
}
