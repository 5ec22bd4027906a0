import 'server-only';
import { db } from '@/db/client';
import { clientAddressFrom, consumeRateLimit, type RateLimit } from '@/lib/auth/limiter';
import { authenticateApiToken } from './tokens';
import { endpoint, type ApiEndpoint } from './endpoints';

/** Requests per token and minute; the next ones get 429 until the minute ends. */
export const API_RATE_LIMIT: RateLimit = { max: 120, windowMs: 60_000 };

/**
 * Requests with a token per address and minute, checked before the token: it bounds the audit
 * entries that guessing tokens can write (every refused token is audited).
 */
export const API_ADDRESS_LIMIT: RateLimit = { max: 300, windowMs: 60_000 };

const HEADERS = { 'Cache-Control': 'no-store' };

function error(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return Response.json({ error: code, ...extra }, { status, headers: { ...HEADERS, ...headers } });
}

function tooMany(retryAt: Date | null, now: Date) {
  const seconds = Math.max(1, Math.ceil(((retryAt?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
  return error(429, 'rate_limited', {}, { 'Retry-After': String(seconds) });
}

/**
 * Serves one GET of the API: bearer token (lib/api/tokens.ts), rate limit per token, query
 * parameters parsed by the endpoint's zod schema (400 with the issues when invalid), one page of
 * items with `page`, `limit`, `total` and `nextPage`.
 */
export function serveList(request: Request, slug: string, resource: string | ApiEndpoint, now = new Date()): Response {
  const def = typeof resource === 'string' ? endpoint(resource) : resource;
  if (request.headers.has('authorization')) {
    const byAddress = consumeRateLimit(`api:ip:${clientAddressFrom(request.headers)}`, API_ADDRESS_LIMIT, now);
    if (!byAddress.allowed) return tooMany(byAddress.retryAt, now);
  }
  const auth = authenticateApiToken(request.headers.get('authorization'), slug, now);
  if (!auth.ok) {
    return auth.status === 404
      ? error(404, 'not_found')
      : error(401, 'unauthenticated', { reason: auth.reason }, { 'WWW-Authenticate': 'Bearer realm="fil-rouge"' });
  }
  const limit = consumeRateLimit(`api:token:${auth.tokenId}`, API_RATE_LIMIT, now);
  if (!limit.allowed) return tooMany(limit.retryAt, now);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = def.query.safeParse(params);
  if (!parsed.success) {
    return error(400, 'invalid', { issues: parsed.error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message })) });
  }
  const query = parsed.data as { page: number; limit: number } & Record<string, unknown>;
  const { items, total } = db.transaction((tx) => def.list(tx, auth.ctx, query));
  const nextPage = query.page * query.limit < total ? query.page + 1 : null;
  return Response.json({ data: items, page: query.page, limit: query.limit, total, nextPage }, { headers: HEADERS });
}
