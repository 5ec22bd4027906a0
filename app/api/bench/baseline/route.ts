// The benchmark's baseline (scripts/bench): a route that does no work — no session, no database —
// so that each measured page's throughput can be read as a fraction of what the server itself allows.
export const dynamic = 'force-dynamic';

/** GET /api/bench/baseline: an empty 200 answer. */
export function GET() {
  return new Response('', { status: 200, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain' } });
}
