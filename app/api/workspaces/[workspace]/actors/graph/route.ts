import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { graphResponse } from '@/lib/actors/graph-data';

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
  return graphResponse(db, access.ctx, request);
}
