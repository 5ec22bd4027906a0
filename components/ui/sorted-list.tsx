import Link from 'next/link';
import type { ReactNode } from 'react';
import { SortHeader } from './data-table';

type Dir = 'asc' | 'desc';

/**
 * The links of a list page sorted and paginated on the server: the address of another page of the
 * list (filters and order kept) and each sortable column's header (`label` names the column,
 * `hint` words the "sort by …" read after it). `query` writes the list's filter plus `extra` as a
 * query string (the domain's `…Query(filter, extra)`).
 */
export function sortedList<C extends string>(
  base: string,
  order: { sort: C; dir: Dir },
  query: (extra: Record<string, string | number | undefined>) => string,
  words: { label: (column: C) => string; hint: (label: string) => string },
) {
  const href = (extra: { sort?: C; dir?: Dir; page?: number }) =>
    `${base}${query({ sort: extra.sort ?? order.sort, dir: extra.dir ?? order.dir, page: extra.page })}`;
  const sortHeader = (column: C, className?: string) => (
    <SortHeader
      column={column}
      order={order}
      href={(sort, dir) => href({ sort, dir })}
      label={words.label(column)}
      hint={words.hint(words.label(column))}
      className={className}
    />
  );
  return {
    pageHref: (page: number) => href({ page }),
    sortHeader,
    /** The headers of several sortable columns side by side. */
    sortHeaders: (...columns: C[]) => columns.map((column) => sortHeader(column)),
  };
}

/** The line above a list: how many records match (announced), then the list's own commands. */
export function ListToolbar({ count, children }: { count: string; children?: ReactNode }) {
  return (
    <div className="toolbar">
      <p role="status">{count}</p>
      {children}
    </div>
  );
}

/** An empty list says why: no match for the filters (with the link that resets them), or nothing yet (`children`: how to begin). */
export function EmptyList({
  filtered,
  message,
  resetHref,
  resetLabel,
  children,
}: {
  filtered: boolean;
  message: string;
  resetHref: string;
  resetLabel: string;
  children?: ReactNode;
}) {
  return (
    <div className="card" data-empty={filtered ? 'filtered' : 'none'}>
      <p>{message}</p>
      {filtered ? <Link href={resetHref}>{resetLabel}</Link> : (children ?? null)}
    </div>
  );
}
