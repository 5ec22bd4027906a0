/**
 * Cross-site request refusal for route handlers that change something (any method but GET, HEAD
 * and OPTIONS). Next.js already checks Origin against Host for server actions; route handlers get
 * this. A browser always says where a request comes from: `Sec-Fetch-Site` (modern browsers) and
 * `Origin` (on every POST). A request that says it comes from another site is refused with 403
 * before anything runs; a request with neither header is not a browser's (curl, the tests), and
 * passes to the handler's own checks (session, CSRF token).
 *
 * Every route.ts exporting such a method must return `crossSiteRefusal(request)` first:
 * lib/security/registry.test.ts checks it.
 *
 * No `server-only`: pure, tested in Vitest.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the request was addressed to (the proxy's forwarded host when there is one). */
function requestHost(headers: Headers, urlHost?: string): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || urlHost || null;
}

/** Why a request is cross-site, or null when it is same-origin (or not from a browser). */
export function crossSiteReason(method: string, headers: Headers, urlHost?: string): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site: ${site}`;
  const origin = headers.get('origin');
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return `Origin: ${origin}`;
  }
  const host = requestHost(headers, urlHost);
  return host && originHost === host ? null : `Origin ${originHost} is not ${host ?? 'this host'}`;
}

/** A 403 answer for a cross-site request that would change something, or null to go on. */
export function crossSiteRefusal(request: Request): Response | null {
  const reason = crossSiteReason(request.method, request.headers, new URL(request.url).host);
  if (!reason) return null;
  return Response.json({ error: 'cross_site' }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
}
