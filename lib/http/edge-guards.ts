import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { operationsMessage, requestLocale } from './operations-messages';

// No `server-only`: scripts/server.ts runs these before a request reaches Next.

/** The largest request body: the server actions' limit (next.config.mjs `serverActions.bodySizeLimit`, 8 MB). */
export const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * The headers every response carries (issue 18.10: API answers, their 404s and the world map SVG
 * had no Content-Security-Policy, since the proxy that writes the pages' nonce policy skips /api).
 * Pages keep the proxy's policy; any response without one gets this strict policy for resources.
 */
const RESOURCE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const ALWAYS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
];

/** Paths that Next's proxy (proxy.ts, which writes the pages' nonce policy) does not see. */
function outsideProxy(url: string) {
  return (
    url.startsWith('/api/') ||
    url.startsWith('/_next/static/') ||
    url.startsWith('/_next/image') ||
    url === '/favicon.ico' ||
    url === '/health' ||
    url.startsWith('/health?')
  );
}

/**
 * Sets the security headers before a request is handled: every response gets them, and the
 * responses the proxy does not see (APIs and their 404s, the world map, Next's files, /health, the
 * answers of this module) get a strict policy for resources. A handler may still set its own.
 * (Set up front, not by wrapping writeHead: Next's own wrapper of writeHead, for compression, reset
 * some connections when chained after one.)
 */
export function withSecurityHeaders(request: IncomingMessage, response: ServerResponse) {
  for (const [name, value] of ALWAYS) response.setHeader(name, value);
  if (outsideProxy(request.url ?? '/')) response.setHeader('Content-Security-Policy', RESOURCE_CSP);
  const https = request.headers['x-forwarded-proto'] === 'https' || 'encrypted' in request.socket;
  if (https) response.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
}

/** Above this, a refused body is not worth reading to its end: the connection closes after the answer. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

function answer(request: IncomingMessage, response: ServerResponse, status: 400 | 413, text: string) {
  response.setHeader('Content-Security-Policy', RESOURCE_CSP);
  // A 413 goes out before the body is read. Closing the connection at once broke the client's
  // upload (EPIPE) before it could read the answer; the rest of a body of sane size is read and
  // dropped instead, and the connection stays usable. A larger one still closes it.
  const draining = !request.complete && Number(request.headers['content-length'] ?? 0) <= DRAIN_LIMIT_BYTES;
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...(draining ? {} : { Connection: 'close' }) });
  response.end(text);
  request.resume();
}

/** A declared body over the limit: 413 at once, before a byte is read. Returns whether it answered. */
export function refuseOversizedBody(request: IncomingMessage, response: ServerResponse): boolean {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (!(declared > BODY_LIMIT_BYTES)) return false;
  const locale = requestLocale(request.headers);
  answer(request, response, 413, operationsMessage(locale, 'bodyTooLarge', { size: BODY_LIMIT_BYTES / (1024 * 1024) }));
  return true;
}

/** A server action call: a POST carrying React's `Next-Action` header. */
export function isServerActionCall(request: IncomingMessage): boolean {
  return request.method === 'POST' && typeof request.headers['next-action'] === 'string';
}

/**
 * Whether a server action's body is one React could have sent: a JSON array of arguments as text,
 * or a multipart form that ends with its closing boundary. Next answered 500 to anything else
 * (a JSON syntax error, a truncated form); these get 400.
 */
export function wellFormedActionBody(contentType: string, body: Buffer): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/plain' || type === 'application/json' || type === '') {
    try {
      return Array.isArray(JSON.parse(body.toString('utf8')));
    } catch {
      return false;
    }
  }
  if (type === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const name = boundary?.[1] ?? boundary?.[2];
    if (!name) return false;
    const tail = body.subarray(Math.max(0, body.length - name.length - 16)).toString('latin1');
    return tail.includes(`--${name}--`);
  }
  return type === 'application/x-www-form-urlencoded';
}

/**
 * Reads a server action's body (at most BODY_LIMIT_BYTES: past it, 413), checks its form (400 when
 * React could not have sent it), and returns a request that replays the body to Next, or null when
 * it answered.
 */
export function guardServerAction(request: IncomingMessage, response: ServerResponse): Promise<IncomingMessage | null> {
  const locale = requestLocale(request.headers);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: IncomingMessage | null) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        answer(request, response, 413, operationsMessage(locale, 'bodyTooLarge', { size: BODY_LIMIT_BYTES / (1024 * 1024) }));
        return finish(null);
      }
      chunks.push(chunk);
    });
    request.on('error', () => finish(null));
    request.on('end', () => {
      if (done) return;
      const body = Buffer.concat(chunks);
      if (!wellFormedActionBody(String(request.headers['content-type'] ?? ''), body)) {
        answer(request, response, 400, operationsMessage(locale, 'malformedRequest'));
        return finish(null);
      }
      finish(replay(request, body));
    });
  });
}

/** A request like `original` whose body is `body` (already read from the socket). */
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new http.IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.complete = true;
  // The socket's bytes were read already: reading the copy only drains what is pushed here.
  copy._read = () => undefined;
  copy.push(body);
  copy.push(null);
  return copy;
}
