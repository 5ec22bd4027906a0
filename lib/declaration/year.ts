import { MAX_YEAR, MIN_YEAR } from '@/lib/external-actions/fields';

/** A `?year=` of the declaration's page and exports, or null when it is not a year between MIN_YEAR and MAX_YEAR. */
export function parseDeclarationYear(raw: string | null | undefined): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}
