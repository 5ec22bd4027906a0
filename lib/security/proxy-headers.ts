import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who is calling, as the rate limits see it (sign-in failures per address, census submissions per
 * address). The X-Forwarded-* headers are only believed behind a reverse proxy that sets them:
 * `TRUST_PROXY=1`. Otherwise anyone could send `X-Forwarded-For: <a new address>` with each request
 * and never be limited, so scripts/server.ts replaces them with the socket's own address before
 * Next.js or the collaboration server reads a header.
 *
 * No `server-only`: scripts/server.ts runs it outside Next.
 */
export const FORWARDED_HEADERS = ['x-forwarded-for', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'] as const;

export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true';
}

/** Rewrites a raw request's headers in place: the socket's address when the proxy is not trusted. */
export function normaliseProxyHeaders(headers: IncomingHttpHeaders, remoteAddress: string | undefined, trusted = trustProxy()): void {
  if (trusted) return;
  for (const name of FORWARDED_HEADERS) delete headers[name];
  headers['x-forwarded-for'] = remoteAddress ?? 'unknown';
}
