import { describe, expect, it } from 'vitest';
import type { GraphEdge } from './graph-types';
import { layoutGraph, nodeSize } from './graph-layout';

/** A synthetic network: `n` actors, `m` relations from a seeded generator, the last `isolated` without any. */
function network(n: number, m: number, isolated: number, seed = 7) {
  let a = seed;
  const random = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, influence: 1 + (i % 5) }));
  const linked = n - isolated;
  const edges: GraphEdge[] = Array.from({ length: m }, () => [Math.floor(random() * linked), Math.floor(random() * linked), 1 + Math.floor(random() * 5), 0]);
  return { nodes, edges };
}

function overlaps(nodes: { influence: number }[], positions: number[]) {
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const dx = positions[2 * i]! - positions[2 * j]!;
      const dy = positions[2 * i + 1]! - positions[2 * j + 1]!;
      if (Math.hypot(dx, dy) < (nodeSize(nodes[i]!.influence) + nodeSize(nodes[j]!.influence)) * 0.9) count++;
    }
  }
  return count;
}

describe('graph layout on the server', () => {
  it('gives every actor a finite position, the same for the same input', () => {
    const { nodes, edges } = network(300, 600, 40);
    const first = layoutGraph(nodes, edges);
    expect(first.positions).toHaveLength(600);
    expect(first.positions.every(Number.isFinite)).toBe(true);
    expect(layoutGraph(nodes, edges).positions).toEqual(first.positions);
  });

  it('draws actors without relations apart, not piled on each other', () => {
    // 60 actors, none related: the case that was drawn as overlapping labels.
    const { nodes, edges } = network(60, 0, 60);
    const { positions } = layoutGraph(nodes, edges);
    expect(overlaps(nodes, positions)).toBe(0);
  });

  it('keeps related actors closer than unrelated ones', () => {
    const { nodes, edges } = network(400, 800, 0);
    const { positions } = layoutGraph(nodes, edges);
    const distance = (i: number, j: number) => Math.hypot(positions[2 * i]! - positions[2 * j]!, positions[2 * i + 1]! - positions[2 * j + 1]!);
    const related = edges.filter(([s, t]) => s !== t).map(([s, t]) => distance(s, t));
    const unrelated = Array.from({ length: related.length }, (_, k) => distance(k % 400, (k * 7 + 13) % 400));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(related)).toBeLessThan(mean(unrelated) * 0.8);
  });

  it('starts from the last positions when the graph changed a little, with fewer iterations', () => {
    const { nodes, edges } = network(600, 1200, 10);
    const first = layoutGraph(nodes, edges);
    const previous = new Map(nodes.map((n, i) => [n.id, { x: first.positions[2 * i]!, y: first.positions[2 * i + 1]! }]));
    const grown = [...nodes, { id: 'new-actor', influence: 3 }];
    const again = layoutGraph(grown, [...edges, [0, 600, 3, 0]], previous);
    expect(again.iterations).toBeLessThan(first.iterations);
    expect(again.positions).toHaveLength(grown.length * 2);
    // Two layouts of 600 actors: about 2 s alone, more on a busy machine (a time limit, not a measure).
  }, 30_000);
});
