import type { FunderKind } from '@/db/enums/co-financing';
import type { IatiTransaction } from './types';

/** What the transactions are built from today: an action's budget lines. */
export type BudgetLineSource = { year: number; amountCents: number; label: string | null };

/** A co-funder's line of an action's co-financing plan (lib/co-financing), with its instalments. */
export type CoFundingSource = {
  year: number;
  funderKind: FunderKind;
  funderName: string | null;
  paidCents: number;
  instalments: { amountCents: number; receivedOn: string | null }[];
};

/** Who pays when a line names nobody: the usual funder of its kind (IATI wants a name or a ref). */
const FUNDER_NAMES: Record<FunderKind, string> = {
  own: '',
  ministry_call: 'Ministère de l’Europe et des Affaires étrangères',
  eu_programme: 'Union européenne',
  interreg: 'Interreg',
  afd: 'Agence française de développement',
  one_percent_water: 'Agence de l’eau (1 % eau)',
  one_percent_waste: '1 % déchets',
  one_percent_energy: '1 % énergie',
  partner_authority: 'Collectivité partenaire',
  other: 'Autre financeur',
};

/**
 * THE mapping from an action's money to IATI transactions, kept in one place:
 * - each budget line is an outgoing commitment (TransactionType 2) of its year, dated 1 January;
 * - each co-funder's line of the co-financing plan (never the authority's own funds) that has
 *   been paid is incoming funds (TransactionType 1) with its `provider-org`: one per instalment
 *   received (dated the day it was received), and what was paid beyond them dated 1 January of
 *   the line's year (docs/decisions/0028). The funder's own name is free text: members' exports
 *   only (`withLabels`); the open data names the funder's kind.
 */
export function transactionsOf(
  lines: readonly BudgetLineSource[],
  { withLabels }: { withLabels: boolean },
  coFunding: readonly CoFundingSource[] = [],
): IatiTransaction[] {
  const outgoing = lines
    .filter((l) => l.amountCents > 0)
    .map((l) => ({ type: '2', date: `${l.year}-01-01`, amountCents: l.amountCents, description: withLabels ? l.label : null }));
  const incoming = coFunding
    .filter((c) => c.funderKind !== 'own' && c.paidCents > 0)
    .flatMap((c) => {
      const provider = (withLabels && c.funderName?.trim()) || FUNDER_NAMES[c.funderKind];
      const received = c.instalments.filter((i): i is { amountCents: number; receivedOn: string } => i.receivedOn !== null && i.amountCents > 0);
      const rest = c.paidCents - received.reduce((sum, i) => sum + i.amountCents, 0);
      return [
        ...received.map((i) => ({ type: '1', date: i.receivedOn, amountCents: i.amountCents, description: null, provider })),
        ...(rest > 0 ? [{ type: '1', date: `${c.year}-01-01`, amountCents: rest, description: null, provider }] : []),
      ];
    });
  return [...outgoing, ...incoming];
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
