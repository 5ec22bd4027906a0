// Where the network graph draws the actors that have no relation. fCoSE packs them in a tight
// grid sized for their dots, so their labels (wider than the dots) overlapped (issue 17): they are
// laid out here instead, in rows below the connected graph, each box as wide as its label.

/** The label's font size in the graph (components/actors/actors-graph.tsx) and an average glyph width at that size. */
export const LABEL_FONT_SIZE = 10;
const GLYPH_WIDTH = 0.62 * LABEL_FONT_SIZE;
const GAP = 16;

export type IsolatedItem = { id: string; label: string; size: number };
export type Box = { x: number; y: number; width: number; height: number };

/** The box an actor's dot and label take, centred on the dot horizontally. */
export function nodeBox(item: IsolatedItem): { width: number; height: number } {
  const labelWidth = Math.ceil(item.label.length * GLYPH_WIDTH) + 6;
  return { width: Math.max(item.size, labelWidth), height: item.size + 3 + LABEL_FONT_SIZE * 1.4 };
}

/**
 * Positions (the dot's centre) for actors without relations: left to right from `origin`, a new
 * row when the next box would pass `rowWidth`, boxes `GAP` apart, so no two labels overlap.
 */
export function layoutIsolated(items: IsolatedItem[], origin: { x: number; y: number }, rowWidth: number): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  let x = origin.x;
  let y = origin.y;
  let rowHeight = 0;
  for (const item of items) {
    const box = nodeBox(item);
    if (x > origin.x && x + box.width > origin.x + rowWidth) {
      x = origin.x;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    positions.set(item.id, { x: x + box.width / 2, y: y + item.size / 2 });
    x += box.width + GAP;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return positions;
}

/** The box each laid-out item takes (for tests and for fitting the view). */
export function boxesOf(items: IsolatedItem[], positions: Map<string, { x: number; y: number }>): Box[] {
  return items.map((item) => {
    const p = positions.get(item.id)!;
    const { width, height } = nodeBox(item);
    return { x: p.x - width / 2, y: p.y - item.size / 2, width, height };
  });
}
