// Euros as people type them, to integer cents, without ever going through a float (issue 20:
// "amounts are decimal euros stored exactly"). No `server-only`: forms and tests use it too.

/** Largest amount accepted on one line: a billion euros, in cents (well inside Number.MAX_SAFE_INTEGER). */
export const MAX_CENTS = 100_000_000_000;

/**
 * "12 500", "12500,5", "12 500.50 €", "0" → cents; null when it is not a non-negative amount with
 * at most two decimals ("-3", "1,234.5", "12.345", "abc", "1e3").
 */
export function parseEurosToCents(raw: string | number): number | null {
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : '') : raw;
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return cents <= MAX_CENTS ? cents : null;
}

/** Cents as a plain decimal string for a form field ("1250050" → "12500.50", "1200" → "12"). */
export function centsToInput(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}.${String(rest).padStart(2, '0')}`;
}

/** days × daily cost, in cents: integers in, an integer out. */
export function inKindCents(days: number, dailyCostCents: number): number {
  return days * dailyCostCents;
}

/**
 * A share in basis points (1 % = 100), rounded down: integers only, so 1/3 reads 33.33 % and a
 * share never rounds up past a threshold.
 */
export function shareBasisPoints(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.floor((part * 10_000) / whole);
}
