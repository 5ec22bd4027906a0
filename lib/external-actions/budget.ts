/** One aggregated amount: a key (department, source, competency…), a year and cents (may be fractional). */
export type BudgetCell = { key: string; year: number; cents: number };

export type BudgetPivotRow = { key: string; byYear: Record<number, number>; total: number };

export type BudgetPivot = {
  years: number[];
  rows: BudgetPivotRow[];
  totalsByYear: Record<number, number>;
  total: number;
};

/**
 * Turns aggregated cells into a table: one row per key, one column per year (every year of
 * `years`, zeros included), with row and column totals. Rows are sorted by total, largest first,
 * then by key. Amounts stay exact (fractions of a cent when an action's budget is shared between
 * competencies); round only when displaying.
 */
export function pivotBudget(cells: BudgetCell[], years: number[]): BudgetPivot {
  const rows = new Map<string, BudgetPivotRow>();
  const totalsByYear: Record<number, number> = Object.fromEntries(years.map((y) => [y, 0]));
  let total = 0;
  for (const cell of cells) {
    if (!cell.cents) continue;
    let row = rows.get(cell.key);
    if (!row) {
      row = { key: cell.key, byYear: Object.fromEntries(years.map((y) => [y, 0])), total: 0 };
      rows.set(cell.key, row);
    }
    row.byYear[cell.year] = (row.byYear[cell.year] ?? 0) + cell.cents;
    row.total += cell.cents;
    totalsByYear[cell.year] = (totalsByYear[cell.year] ?? 0) + cell.cents;
    total += cell.cents;
  }
  return {
    years,
    rows: [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)),
    totalsByYear,
    total,
  };
}

/**
 * The years covered by some cells, in order: every year from the first to the last when the span
 * is short (an empty year shows as a gap), only the years present otherwise.
 */
export function yearsOf(cells: { year: number }[]): number[] {
  if (!cells.length) return [];
  const present = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const min = present[0]!;
  const max = present[present.length - 1]!;
  if (max - min >= 12) return present;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** Cents to euros for display. */
export function centsToEuros(cents: number): number {
  return Math.round(cents) / 100;
}
