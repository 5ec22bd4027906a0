import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actorGraphLayouts } from '@/db/schema';
import { whileUnchanged } from '@/db/state';
import type { MemberContext } from '@/lib/auth/member';
import { SharedBody } from '@/lib/http/shared-body';
import { getActorGraph } from './queries';
import { layoutGraph } from './graph-layout';
import type { ActorFilter } from './schemas';
import { filterQuery, parseActorFilter } from './search-params';
import type { GraphEdge, GraphNodeTuple, GraphPayload } from './graph-types';

/** At most this many actors are drawn (the most influential first); beyond, the graph says so. */
export const GRAPH_LIMIT = 6000;

/**
 * The last layout of each graph (workspace and filters). A graph whose actors and relations are
 * unchanged reuses it as it is (a renamed actor does not move anything); a graph that changed starts
 * from it. Kept in the database (`actor_graph_layouts`), so that the process that lays a graph out
 * first serves every other one, and across restarts — a region's whole network takes seconds to lay
 * out; and in each process for the graphs it served last (bounded, least recently used dropped).
 */
type StoredLayout = { structure: string; positions: Map<string, { x: number; y: number }>; list: number[] };
const layouts = new Map<string, StoredLayout>();
const MAX_LAYOUTS = 50;
/** Layouts kept per workspace in the database: one per filter combination seen, the latest first. */
const MAX_STORED_LAYOUTS = 20;

function remember(key: string, layout: StoredLayout) {
  layouts.delete(key);
  layouts.set(key, layout);
  if (layouts.size > MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!);
}

function storedLayout(tx: Tx, key: string): StoredLayout | null {
  const row = tx.select().from(actorGraphLayouts).where(eq(actorGraphLayouts.key, key)).get();
  if (!row) return null;
  const positions = new Map(row.ids.map((id, i) => [id, { x: row.positions[2 * i]!, y: row.positions[2 * i + 1]! }]));
  return { structure: row.structure, positions, list: row.positions };
}

function storeLayout(tx: Tx, key: string, workspaceId: string, structure: string, ids: string[], list: number[]) {
  const row = { key, workspaceId, structure, ids, positions: list, computedAt: new Date() };
  tx.insert(actorGraphLayouts)
    .values(row)
    .onConflictDoUpdate({ target: actorGraphLayouts.key, set: { structure, ids, positions: list, computedAt: row.computedAt } })
    .run();
  const kept = tx
    .select({ key: actorGraphLayouts.key })
    .from(actorGraphLayouts)
    .where(eq(actorGraphLayouts.workspaceId, workspaceId))
    .orderBy(desc(actorGraphLayouts.computedAt))
    .limit(MAX_STORED_LAYOUTS)
    .all()
    .map((r) => r.key);
  tx.delete(actorGraphLayouts)
    .where(and(eq(actorGraphLayouts.workspaceId, workspaceId), notInArray(actorGraphLayouts.key, kept)))
    .run();
}

function layoutFor(tx: Tx, workspaceId: string, key: string, nodes: GraphNodeTuple[], edges: GraphEdge[]): number[] {
  const structure = crypto
    .createHash('sha1')
    .update(JSON.stringify([nodes.map((n) => [n[0], n[4]]), edges.map((e) => [e[0], e[1], e[2]])]))
    .digest('base64url');
  let last = layouts.get(key);
  if (!last || last.structure !== structure) last = storedLayout(tx, key) ?? last;
  if (last && last.structure === structure) {
    remember(key, last);
    return last.list;
  }
  const ids = nodes.map((n) => n[0]);
  const { positions: list } = layoutGraph(
    nodes.map(([id, , , , influence]) => ({ id, influence })),
    edges,
    last?.positions,
  );
  remember(key, { structure, positions: new Map(ids.map((id, i) => [id, { x: list[2 * i]!, y: list[2 * i + 1]! }])), list });
  storeLayout(tx, key, workspaceId, structure, ids, list);
  return list;
}

/**
 * The graph's payload serialised and encoded once (UTF-8 bytes: encoding 300 kB on every request
 * costs more than the access check), its compressed forms made on first demand, and a validator of
 * it for conditional requests.
 */
export type GraphJson = { shared: SharedBody; etag: string; nodes: number; edges: number };

/** The graph of the actors matching `filter`, in the compact shape of lib/actors/graph-types.ts. */
export function buildGraphPayload(tx: Tx, ctx: MemberContext, filter: Partial<ActorFilter>, limit = GRAPH_LIMIT): GraphPayload {
  const graph = getActorGraph(tx, ctx, filter, limit);
  // Relations travel as positions in the node list, not as three UUIDs each: a third of the payload.
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const nodes = graph.nodes.map((n): GraphNodeTuple => [n.id, n.name, n.family, n.category, n.influence]);
  const edges = graph.edges.map((e): GraphEdge => [position.get(e.source)!, position.get(e.target)!, e.strength, e.directed ? 1 : 0]);
  const positions = layoutFor(tx, ctx.workspaceId, `${ctx.workspaceId}:${filterQuery(filter)}:${limit}`, nodes, edges);
  return { nodes, edges, positions, truncated: graph.truncated, limit };
}

/**
 * The graph as a JSON string, serialised once and kept until the database changes
 * (db/state.ts): the 2,000 partners of a region-sized workspace cost ~30 ms of SQL and
 * serialisation, every reader then shares them. Keyed by workspace and normalised filters; the
 * payload holds no translated text, so it does not depend on the reader's language.
 */
export function actorGraphJson(tx: Tx, ctx: MemberContext, filter: Partial<ActorFilter>): GraphJson {
  return whileUnchanged(tx, `actors:graph:${ctx.workspaceId}:${filterQuery(filter)}`, () => {
    const payload = buildGraphPayload(tx, ctx, filter);
    const body = new TextEncoder().encode(JSON.stringify(payload));
    const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
    return { shared: new SharedBody(body), etag, nodes: payload.nodes.length, edges: payload.edges.length };
  });
}

/**
 * The answer of GET /api/workspaces/<slug>/actors/graph for a member already authorised
 * (the route guards first): the JSON, or a 304 to a browser that holds the same data.
 */
export function graphResponse(tx: Tx, ctx: MemberContext, request: Request): Response {
  const filter = parseActorFilter(Object.fromEntries(new URL(request.url).searchParams));
  const graph = actorGraphJson(tx, ctx, filter);
  // Private to the member who asked; revalidated on every use, since any write may change it.
  const headers = { 'Cache-Control': 'private, no-cache', ETag: graph.etag, Vary: 'Cookie, Accept-Encoding' };
  if (request.headers.get('if-none-match') === graph.etag) return new Response(null, { status: 304, headers });
  // Compressed once per state of the data, not by Next on every request (lib/http/shared-body.ts).
  const answer = graph.shared.forRequest(request);
  return new Response(answer.bytes, { headers: { ...headers, ...answer.headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
