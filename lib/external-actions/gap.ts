import { ALL_RETURN_CATEGORIES, RETURN_CATEGORIES, type ReturnCategory, type ReturnScope } from '@/db/schema/external-actions';

/** Counts per category, as the database aggregates them. */
export type GapCounts = {
  /** Expected returns per category, and how many of them at least one observed return answers. */
  expected: { category: string; total: number; met: number }[];
  /** Observed returns per category, and how many answer no expected return. */
  observed: { category: string; total: number; unexpected: number }[];
};

export type GapRow = {
  category: ReturnCategory;
  scope: ReturnScope;
  expected: number;
  /** Expected returns ever observed (at least one observed return answers them). */
  met: number;
  /** met / expected, or null when nothing was expected. */
  share: number | null;
  observed: number;
  /** Observed returns that answer an expected one. */
  answering: number;
  /** Observed returns nobody wrote down beforehand. */
  unexpected: number;
};

export type GapTotals = Omit<GapRow, 'category' | 'scope'>;

function scopeOf(category: ReturnCategory): ReturnScope {
  return (RETURN_CATEGORIES.territory as readonly string[]).includes(category) ? 'territory' : 'administration';
}

function total(rows: GapRow[]): GapTotals {
  const expected = rows.reduce((s, r) => s + r.expected, 0);
  const met = rows.reduce((s, r) => s + r.met, 0);
  const observed = rows.reduce((s, r) => s + r.observed, 0);
  const unexpected = rows.reduce((s, r) => s + r.unexpected, 0);
  return { expected, met, share: expected ? met / expected : null, observed, answering: observed - unexpected, unexpected };
}

/**
 * The expected-versus-observed gap per return category: every category appears (zeros included,
 * in the catalogue order), with the share of expected returns ever observed, per scope and overall.
 * Unknown categories in the input are ignored.
 */
export function computeReturnsGap(counts: GapCounts) {
  const expected = new Map(counts.expected.map((r) => [r.category, r]));
  const observed = new Map(counts.observed.map((r) => [r.category, r]));
  const rows: GapRow[] = ALL_RETURN_CATEGORIES.map((category) => {
    const e = expected.get(category);
    const o = observed.get(category);
    const met = Math.min(e?.met ?? 0, e?.total ?? 0);
    const unexpected = Math.min(o?.unexpected ?? 0, o?.total ?? 0);
    return {
      category,
      scope: scopeOf(category),
      expected: e?.total ?? 0,
      met,
      share: e?.total ? met / e.total : null,
      observed: o?.total ?? 0,
      answering: (o?.total ?? 0) - unexpected,
      unexpected,
    };
  });
  return {
    rows,
    byScope: {
      territory: total(rows.filter((r) => r.scope === 'territory')),
      administration: total(rows.filter((r) => r.scope === 'administration')),
    },
    overall: total(rows),
  };
}

export type ReturnsGap = ReturnType<typeof computeReturnsGap>;
