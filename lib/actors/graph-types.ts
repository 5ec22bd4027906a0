/**
 * The actors graph as it travels from GET /api/workspaces/<slug>/actors/graph to the browser:
 * compact, because a large workspace draws thousands of actors and relations. No `server-only`:
 * the client component reads these types.
 */

/** An actor: `[id, name, family, category, influence (1–5)]`, positional rather than keyed objects. */
export type GraphNodeTuple = [id: string, name: string, family: string, category: string, influence: number];

/**
 * A relation between two drawn actors: the two actors' positions in `nodes` (not their UUIDs), its
 * strength (1–5), and 1 when it goes one way.
 */
export type GraphEdge = [source: number, target: number, strength: number, directed: 0 | 1];

export type GraphPayload = {
  nodes: GraphNodeTuple[];
  edges: GraphEdge[];
  /** x0, y0, x1, y1…: each actor's place, laid out on the server (lib/actors/graph-layout.ts). */
  positions: number[];
  /** True when the filters matched more actors than `limit`: only the most influential are drawn. */
  truncated: boolean;
  limit: number;
};
