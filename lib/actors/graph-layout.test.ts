import { describe, expect, it } from 'vitest';
import { boxesOf, layoutIsolated, nodeBox, type Box, type IsolatedItem } from './graph-layout';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function items(n: number, seed = 1): IsolatedItem[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    label: 'Association franco-sénégalaise de Nioro'.slice(0, 4 + Math.floor(rand() * 36)),
    size: 14 + Math.ceil(rand() * 5) * 6,
  }));
}

describe('layoutIsolated', () => {
  it('lays out actors without relations so that no two labels overlap, within the row width', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const list = items(60, seed);
      const positions = layoutIsolated(list, { x: 0, y: 500 }, 800);
      const boxes = boxesOf(list, positions);
      for (let i = 0; i < boxes.length; i++) {
        expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
        expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(800);
        expect(boxes[i]!.y).toBeGreaterThanOrEqual(500);
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${list[i]!.label} / ${list[j]!.label}`).toBe(false);
      }
      // Several rows were needed: the test exercises wrapping.
      expect(new Set([...positions.values()].map((p) => Math.round(p.y))).size).toBeGreaterThan(2);
    }
  });

  it('makes a box as wide as its label, and never narrower than its dot', () => {
    expect(nodeBox({ id: 'x', label: 'Commune de Nioro-Kaya', size: 20 }).width).toBeGreaterThan(nodeBox({ id: 'y', label: 'Nioro', size: 20 }).width);
    expect(nodeBox({ id: 'z', label: 'A', size: 44 }).width).toBe(44);
  });
});
