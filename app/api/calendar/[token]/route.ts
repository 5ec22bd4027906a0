import { db } from '@/db/client';
import { env } from '@/lib/env';
import { clientAddressFrom, consumeRateLimit } from '@/lib/auth/limiter';
import { buildPersonalFeed, feedOwner } from '@/lib/calendar/feed';
import { isoDay } from '@/lib/strategy/progress';

/** Per address: calendar programs poll every few minutes; anything much faster is refused. */
const FEED_LIMIT = { max: 60, windowMs: 10 * 60_000 };

const notFound = () => new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/**
 * GET /api/calendar/<token>[.ics]: a person's calendar in iCalendar format. The secret token is the
 * credential; an unknown, revoked or malformed one answers a bare 404 (nothing says why).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const limit = consumeRateLimit(`calendar-feed:ip:${clientAddressFrom(request.headers)}`, FEED_LIMIT);
  if (!limit.allowed) {
    const seconds = Math.max(1, Math.ceil(((limit.retryAt?.getTime() ?? Date.now()) - Date.now()) / 1000));
    return new Response(null, { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } });
  }
  const token = (await params).token.replace(/\.ics$/, '');
  const owner = feedOwner(db, token);
  if (!owner) return notFound();
  const base = (env.NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/$/, '');
  const body = buildPersonalFeed(db, owner, base, isoDay(new Date()));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="fil-rouge.ics"',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
