import 'server-only';
import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { whileUnchanged } from '@/db/state';
import type { MemberContext } from '@/lib/auth/member';
import { getActorGraph } from './queries';
import { layoutGraph } from './graph-layout';
import type { ActorFilter } from './schemas';
import { filterQuery, parseActorFilter } from './search-params';
import type { GraphEdge, GraphNodeTuple, GraphPayload } from './graph-types';

/** At most this many actors are drawn (the most influential first); beyond, the graph says so. */
export const GRAPH_LIMIT = 6000;

/**
 * The last layout of each graph (workspace and filters), kept per process: a graph whose actors and
 * relations are unchanged reuses it as it is (a renamed actor does not move anything); a graph that
 * changed starts from it. Bounded: the least recently used are dropped.
 */
const layouts = new Map<string, { structure: string; positions: Map<string, { x: number; y: number }>; list: number[] }>();
const MAX_LAYOUTS = 50;

function layoutFor(key: string, nodes: GraphNodeTuple[], edges: GraphEdge[]): number[] {
  const structure = crypto
    .createHash('sha1')
    .update(JSON.stringify([nodes.map((n) => [n[0], n[4]]), edges.map((e) => [e[0], e[1], e[2]])]))
    .digest('base64url');
  const last = layouts.get(key);
  layouts.delete(key);
  if (last && last.structure === structure) {
    layouts.set(key, last);
    return last.list;
  }
  const { positions: list } = layoutGraph(
    nodes.map(([id, , , , influence]) => ({ id, influence })),
    edges,
    last?.positions,
  );
  const positions = new Map(nodes.map((n, i) => [n[0], { x: list[2 * i]!, y: list[2 * i + 1]! }]));
  layouts.set(key, { structure, positions, list });
  if (layouts.size > MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!);
  return list;
}

/**
 * The graph's payload serialised and encoded once (UTF-8 bytes: encoding 300 kB on every request
 * costs more than the access check), and a validator of it for conditional requests.
 */
export type GraphJson = { body: Uint8Array<ArrayBuffer>; etag: string; nodes: number; edges: number };

/** The graph of the actors matching `filter`, in the compact shape of lib/actors/graph-types.ts. */
export function buildGraphPayload(tx: Tx, ctx: MemberContext, filter: Partial<ActorFilter>, limit = GRAPH_LIMIT): GraphPayload {
  const graph = getActorGraph(tx, ctx, filter, limit);
  // Relations travel as positions in the node list, not as three UUIDs each: a third of the payload.
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const nodes = graph.nodes.map((n): GraphNodeTuple => [n.id, n.name, n.family, n.category, n.influence]);
  const edges = graph.edges.map((e): GraphEdge => [position.get(e.source)!, position.get(e.target)!, e.strength, e.directed ? 1 : 0]);
  const positions = layoutFor(`${ctx.workspaceId}:${filterQuery(filter)}:${limit}`, nodes, edges);
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
    return { body, etag, nodes: payload.nodes.length, edges: payload.edges.length };
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
  const headers = { 'Cache-Control': 'private, no-cache', ETag: graph.etag, Vary: 'Cookie' };
  if (request.headers.get('if-none-match') === graph.etag) return new Response(null, { status: 304, headers });
  return new Response(graph.body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
