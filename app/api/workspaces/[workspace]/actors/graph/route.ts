import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { actorGraphJson } from '@/lib/actors/graph-data';
import { parseActorFilter } from '@/lib/actors/search-params';

/**
 * GET /api/workspaces/<slug>/actors/graph?<the table's filters>: the actors and the relations
 * between them that the graph page draws (lib/actors/graph-types.ts), as JSON. The page itself
 * sends only its shell; components/actors/actors-graph.tsx fetches this. The string is built once
 * per workspace, filters and state of the database (lib/actors/graph-data.ts); a browser that
 * already holds it gets a 304.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const access = await guardRoute(slug, 'actors.read');
  if (!access.ok) return access.response;
  const filter = parseActorFilter(Object.fromEntries(new URL(request.url).searchParams));
  const graph = actorGraphJson(db, access.ctx, filter);
  // Private to the member who asked; revalidated on every use, since any write may change it.
  const headers = { 'Cache-Control': 'private, no-cache', ETag: graph.etag, Vary: 'Cookie' };
  if (request.headers.get('if-none-match') === graph.etag) return new Response(null, { status: 304, headers });
  return new Response(graph.body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
