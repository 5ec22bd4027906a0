import Link from 'next/link';
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { TableRegion } from './table-region';

/**
 * One column of a table's header row: its label (a number column when `num`, aligned right), or a
 * header cell written out by the page (a sortable column's link), or nothing (a column not shown).
 */
export type Column = string | { label: ReactNode; num?: boolean } | ReactElement | null | false;

/** The header row of a table: one `<th scope="col">` per column, number columns aligned right. */
export function HeaderRow({ columns }: { columns: readonly Column[] }) {
  return (
    <tr>
      {columns.map((column, i) => {
        if (!column) return null;
        if (isValidElement(column)) return <Fragment key={i}>{column}</Fragment>;
        if (typeof column === 'string')
          return (
            <th key={i} scope="col">
              {column}
            </th>
          );
        return (
          <th key={i} scope="col" className={column.num ? 'num' : undefined}>
            {column.label}
          </th>
        );
      })}
    </tr>
  );
}

type DataTableProps = {
  /** Prefix of the caption's id (`<id>-caption`), which then names the scrolling region. */
  id?: string;
  caption?: ReactNode;
  /** The caption is read by screen readers only (the page's heading already says it). */
  hideCaption?: boolean;
  /** Without a caption id: the id of the heading that names the table's region… */
  labelledBy?: string;
  /** …or the region's own name. */
  label?: string;
  columns: readonly Column[];
  /** The table element's own id (a chart's "see the table" link) and class. */
  tableId?: string;
  className?: string;
  /** Rows after the body (totals). */
  foot?: ReactNode;
  children: ReactNode;
};

/**
 * A table of rows in its keyboard-scrollable region (TableRegion): the caption, the header row from
 * `columns`, the body rows given as children and an optional foot. The region is named by the
 * caption (`id`), by a heading (`labelledBy`) or by `label`.
 */
export function DataTable({ id, caption, hideCaption, labelledBy, label, columns, tableId, className, foot, children }: DataTableProps) {
  const captionId = id !== undefined && caption !== undefined ? `${id}-caption` : undefined;
  return (
    <TableRegion labelledBy={captionId ?? labelledBy} label={label}>
      <table id={tableId} className={className}>
        {caption !== undefined ? (
          <caption id={captionId} className={hideCaption ? 'visually-hidden' : undefined}>
            {caption}
          </caption>
        ) : null}
        <thead>
          <HeaderRow columns={columns} />
        </thead>
        <tbody>{children}</tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </TableRegion>
  );
}

type SortHeaderProps<C extends string> = {
  column: C;
  /** The list's order now. */
  order: { sort: C; dir: 'asc' | 'desc' };
  /** The address of the list in another order. */
  href: (sort: C, dir: 'asc' | 'desc') => string;
  label: string;
  /** Read by screen readers after the label ("sort by …"). */
  hint: string;
  className?: string;
};

/**
 * A sortable column's header: a link that sorts the list by it (the other way round when it already
 * is), the direction shown and announced.
 */
export function SortHeader<C extends string>({ column, order, href, label, hint, className }: SortHeaderProps<C>) {
  const dir = order.sort === column ? order.dir : null;
  return (
    <th scope="col" className={className} aria-sort={dir ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={href(column, dir === 'asc' ? 'desc' : 'asc')}>
        {label}
        <span aria-hidden="true">{dir ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        <span className="visually-hidden">{hint}</span>
      </Link>
    </th>
  );
}
