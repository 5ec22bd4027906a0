import type { Tx } from '@/db/client';
import { AID_CATEGORIES, AID_CATEGORY_INFO, NOT_ALLOCABLE, type AidCategory } from './categories';
import { isOdaRecipient, odaListFor } from './oda-recipients';
import { DECLARATION_SOURCES, type SpendingItem, type SpendingSource } from './sources';

/** A declared amount: one item's share for one country (NOT_ALLOCABLE for spending not declared by country). */
export type DeclarationLine = { source: string; refId: string; label: string; category: AidCategory; country: string; cents: number };
/** Spending left out: its country is not on the DAC list of ODA recipients. */
export type ExcludedLine = { source: string; refId: string; label: string; country: string; cents: number };
/** Spending that cannot be declared yet: no category, or no country where the category needs one. */
export type MissingItem = { reason: 'no_category' | 'no_country'; source: string; refId: string; label: string; cents: number };

/** The assembled declaration of a year, as the page shows it and as a freeze stores it (all amounts in integer cents). */
export type DeclarationSnapshot = {
  year: number;
  /** The DAC list applied (lib/declaration/oda-recipients.ts). */
  odaList: string;
  /** Sum of the categories: the eligible spending declared. */
  totalCents: number;
  byCategory: { category: AidCategory; cents: number }[];
  byCountry: { country: string; cents: number }[];
  lines: DeclarationLine[];
  excluded: ExcludedLine[];
  excludedCents: number;
  missing: MissingItem[];
  missingCents: number;
};

/** Shares `cents` between `n` parts in integer cents, the remainder going to the first parts. */
export function splitCents(cents: number, n: number): number[] {
  const base = Math.trunc(cents / n);
  const rest = cents - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < Math.abs(rest) ? Math.sign(rest) : 0));
}

/** Places each item: declared by category and country, left out (non-eligible country) or missing. */
export function placeItems(year: number, items: SpendingItem[]): DeclarationSnapshot {
  const list = odaListFor(year);
  const lines: DeclarationLine[] = [];
  const excluded: ExcludedLine[] = [];
  const missing: MissingItem[] = [];
  for (const item of items) {
    if (item.cents === 0) continue;
    const base = { source: item.source, refId: item.refId, label: item.label };
    const countries = [...new Set(item.countries.map((c) => c.toUpperCase()))];
    const shares = splitCents(item.cents, Math.max(countries.length, 1));
    // Spending that goes only to countries off the list is left out, whatever its category.
    if (countries.length > 0 && countries.every((c) => !isOdaRecipient(list, c))) {
      countries.forEach((country, i) => excluded.push({ ...base, country, cents: shares[i]! }));
      continue;
    }
    if (!item.category) {
      missing.push({ reason: 'no_category', ...base, cents: item.cents });
      continue;
    }
    if (countries.length === 0) {
      if (AID_CATEGORY_INFO[item.category].countryRequired) missing.push({ reason: 'no_country', ...base, cents: item.cents });
      else lines.push({ ...base, category: item.category, country: NOT_ALLOCABLE, cents: item.cents });
      continue;
    }
    countries.forEach((country, i) => {
      const cents = shares[i]!;
      if (isOdaRecipient(list, country)) lines.push({ ...base, category: item.category!, country, cents });
      else excluded.push({ ...base, country, cents });
    });
  }
  const sum = (rows: { cents: number }[]) => rows.reduce((s, r) => s + r.cents, 0);
  const byCountry = new Map<string, number>();
  for (const line of lines) byCountry.set(line.country, (byCountry.get(line.country) ?? 0) + line.cents);
  return {
    year,
    odaList: list.key,
    totalCents: sum(lines),
    byCategory: AID_CATEGORIES.map((category) => ({ category, cents: sum(lines.filter((l) => l.category === category)) })),
    byCountry: [...byCountry].map(([country, cents]) => ({ country, cents })).sort((a, b) => b.cents - a.cents || a.country.localeCompare(b.country)),
    lines,
    excluded,
    excludedCents: sum(excluded),
    missing,
    missingCents: sum(missing),
  };
}

/** The declaration of `year` for a workspace, assembled from every spending source. */
export function assembleDeclaration(tx: Tx, workspaceId: string, year: number, sources: readonly SpendingSource[] = DECLARATION_SOURCES): DeclarationSnapshot {
  return placeItems(
    year,
    sources.flatMap((source) => source.items(tx, workspaceId, year)),
  );
}
