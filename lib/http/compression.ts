import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import compression from 'compression';
import { PRECOMPRESSED_ENCODING, PRECOMPRESSED_OK } from './shared-body';

// No `server-only`: scripts/server.ts calls `compressResponses` before a request reaches Next.

/**
 * How answers are compressed (docs/performance.md, "Compression").
 *
 * - **Pages, flight data, server actions' answers**: by our server, brotli at quality 3 for the
 *   browsers that accept it (every current one), gzip otherwise. Next's own compression (switched
 *   off in next.config.mjs) knows only gzip at level 6. The strategy document's 383 kB, compressed
 *   whole: 41.0 kB in 1.4 ms with brotli 3, 44.9 kB in 3.7 ms with gzip 6.
 * - **A body many requests share** (the actors graph's JSON): compressed once by its route
 *   (lib/http/shared-body.ts); our server writes the encoding the route names and leaves the body
 *   as it is.
 */
const compressStream = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } } });

/**
 * scripts/server.ts, for every request it hands to Next: compresses the answer as the client
 * accepts, and lets routes send bodies they compressed themselves.
 */
export function compressResponses(request: IncomingMessage, response: ServerResponse): void {
  request.headers[PRECOMPRESSED_OK] = '1';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- setHeader and appendHeader differ only in the values they take
  const renamed = <F extends (name: string, value: any) => ServerResponse>(write: F) =>
    function (this: ServerResponse, name: string, value: unknown) {
      return write.call(this, name.toLowerCase() === PRECOMPRESSED_ENCODING ? 'Content-Encoding' : name, value);
    } as F;
  response.setHeader = renamed(response.setHeader);
  response.appendHeader = renamed(response.appendHeader);
  compressStream(request as never, response as never, () => {});
}
