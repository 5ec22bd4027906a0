/** Dark enough for white text (WCAG AA), one per person, stable across sessions (as on the document page). */
const CARET_COLORS = ['#8c1d18', '#1a56c4', '#1e6b35', '#6b3fa0', '#7a4800', '#005f73', '#9d174d', '#3f4d5c'];

export function caretColor(userId: string) {
  let hash = 0;
  for (const c of userId) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length]!;
}
