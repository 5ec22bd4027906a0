import type { Tx } from '@/db/client';
import type { AidCategory } from '@/db/enums/declaration';

/**
 * One spending of the year as a source sees it: what it is, its category (null when nobody chose
 * one), the countries it goes to (ISO alpha-2; its amount is shared equally between them) and its
 * amount in integer cents.
 */
export type SpendingItem = {
  source: string;
  refId: string;
  label: string;
  category: AidCategory | null;
  countries: string[];
  cents: number;
};

/**
 * A source of eligible spending. The declaration assembles whatever the sources of
 * lib/declaration/sources/index.ts return: a new kind of spending (the co-financing plans of
 * issue 20, point 1) is one more file here and one line in that list.
 */
export type SpendingSource = {
  key: string;
  items: (tx: Tx, workspaceId: string, year: number) => SpendingItem[];
};
