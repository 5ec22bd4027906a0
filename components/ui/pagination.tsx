import Link from 'next/link';

type PaginationProps = {
  page: number;
  pages: number;
  /** The address of another page of the same list (its filters kept). */
  href: (page: number) => string;
  /** The words, from the page's own namespace: the navigation's name, "page n of m", the two links. */
  label: string;
  status: string;
  previous: string;
  next: string;
};

/** Previous / "page n of m" / next under a paginated list; nothing when the list fits on one page. */
export function Pagination({ page, pages, href, label, status, previous, next }: PaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 ? <Link href={href(page - 1)}>{previous}</Link> : null}
      <span>{status}</span>
      {page < pages ? <Link href={href(page + 1)}>{next}</Link> : null}
    </nav>
  );
}
