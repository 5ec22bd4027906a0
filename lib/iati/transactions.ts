import type { IatiTransaction } from './types';

/** What the transactions are built from today: an action's budget lines. */
export type BudgetLineSource = { year: number; amountCents: number; label: string | null };

/**
 * THE mapping from an action's money to IATI transactions, kept in one place. Today the only
 * source is the action's budget lines: each line is an outgoing commitment (TransactionType 2) of
 * its year, dated the 1st of January. When co-financing plans land (issue 20, point 1), their
 * amounts granted (incoming commitment, 11) and paid (incoming funds, 1), and the authority's
 * disbursements (3), are added here, so the builder and the tests do not change.
 */
export function transactionsOf(lines: readonly BudgetLineSource[], { withLabels }: { withLabels: boolean }): IatiTransaction[] {
  return lines
    .filter((l) => l.amountCents > 0)
    .map((l) => ({ type: '2', date: `${l.year}-01-01`, amountCents: l.amountCents, description: withLabels ? l.label : null }));
}

/** The yearly budgets (BudgetType 1 original, status 1 indicative): the lines summed per year. */
export function budgetsOf(lines: readonly BudgetLineSource[]): { year: number; amountCents: number }[] {
  const byYear = new Map<number, number>();
  for (const l of lines) byYear.set(l.year, (byYear.get(l.year) ?? 0) + l.amountCents);
  return [...byYear].sort(([a], [b]) => a - b).map(([year, amountCents]) => ({ year, amountCents }));
}

/** Cents as an exact decimal string ("1234.05"), never through a float. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
