import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { graphResponse } from '@/lib/actors/graph-data';

/**
 * GET /api/workspaces/<slug>/actors/graph?<the table's filters>: the actors and the relations
 * between them that the graph page draws (lib/actors/graph-types.ts), as JSON. The page itself
 * sends only its shell; components/actors/actors-graph.tsx fetches this. The string is built once
 * per workspace, filters and state of the database (lib/actors/graph-data.ts); a browser that
 * already holds it gets a 304.
 */
export const GET = workspaceRoute('actors.read', ({ ctx, request }) => graphResponse(db, ctx, request));
