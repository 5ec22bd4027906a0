import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { GraphEdge } from './graph-types';

// No `server-only`: pure computation, tested in Vitest; only lib/actors/graph-data.ts calls it.

/** The drawn radius of an actor of influence 1–5, in layout units (the browser draws the same). */
export const nodeSize = (influence: number) => 3 + influence * 1.5;

/** Where the n-th of `count` actors starts: a sunflower spiral, deterministic and evenly spread. */
function spiral(index: number, count: number) {
  const radius = 10 * Math.sqrt(index + 0.5) * Math.sqrt(Math.max(1, count) / 100 + 1);
  const angle = index * 2.399963229728653; // the golden angle
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export type Layout = {
  /** x0, y0, x1, y1…: one pair per actor, in the order of the payload's nodes, rounded to 0.1. */
  positions: number[];
  iterations: number;
};

/**
 * Lays the actors out on the server, so the browser only draws: ForceAtlas2 (Barnes–Hut above 500
 * actors) pulls related actors together, then noverlap pushes apart those that still overlap —
 * actors without relations included, which the force layout leaves piled near the centre.
 * `previous` gives known actors' last positions (by id): a graph that changed a little starts from
 * its last layout and needs fewer iterations. Deterministic for the same input.
 */
export function layoutGraph(nodes: { id: string; influence: number }[], edges: GraphEdge[], previous?: Map<string, { x: number; y: number }>): Layout {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  let known = 0;
  nodes.forEach((node, index) => {
    const last = previous?.get(node.id);
    if (last) known++;
    graph.addNode(node.id, { ...(last ?? spiral(index, nodes.length)), size: nodeSize(node.influence) });
  });
  for (const [source, target, strength] of edges) {
    if (source === target) continue;
    graph.mergeEdge(nodes[source]!.id, nodes[target]!.id, { weight: strength });
  }
  const mostlyKnown = nodes.length > 0 && known / nodes.length > 0.9;
  const iterations = mostlyKnown ? 20 : nodes.length > 2000 ? 60 : nodes.length > 500 ? 100 : 200;
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 500, adjustSizes: false, gravity: 1, scalingRatio: 10, slowDown: 2 },
    });
  }
  noverlap.assign(graph, { maxIterations: nodes.length > 2000 ? 20 : 80, settings: { margin: 1.5, ratio: 1.1, expansion: 1.1 } });
  const positions: number[] = [];
  for (const node of nodes) {
    const { x, y } = graph.getNodeAttributes(node.id) as { x: number; y: number };
    positions.push(Math.round(x * 10) / 10, Math.round(y * 10) / 10);
  }
  return { positions, iterations };
}
