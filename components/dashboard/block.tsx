import Link from 'next/link';
import type { ReactNode } from 'react';
import type { getFormatter } from 'next-intl/server';
import { formatDay } from '@/lib/format/dates';

// The dashboard's blocks, drawn on the server as HTML tables and plain SVG: no chart library is
// sent to the browser. Every figure is also given as text (a table or a sentence). One file per
// block (maturity, coherence and indicators, actions and budget, returns, map, review); this one
// holds what they share.

export type Format = Awaited<ReturnType<typeof getFormatter>>;

/** A block of the dashboard: a titled card with a link to the page that details it. */
export function DashboardBlock({
  id,
  title,
  href,
  linkLabel,
  children,
  wide,
}: {
  id: string;
  title: string;
  href?: string;
  linkLabel?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <section className={`card dash-block${wide ? ' wide' : ''}`} aria-labelledby={`${id}-h`} data-block={id}>
      <div className="dash-block-head">
        <h2 id={`${id}-h`}>{title}</h2>
        {href && linkLabel ? (
          <Link href={href} className="dash-more no-print">
            {linkLabel}
            <span className="visually-hidden"> : {title}</span>
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** A table that may scroll sideways: the shared named region reachable from the keyboard. */
export { TableRegion as TableWrap } from '@/components/ui/table-region';

export function percent(format: Format, value: number | null) {
  return value === null ? '—' : format.number(value, { style: 'percent', maximumFractionDigits: 0 });
}

export function signed(value: number) {
  return value > 0 ? `+${value}` : String(value);
}

/** A horizontal bar of a share (0–1), decorative: the figure is written beside it. */
export function Meter({ share, tone }: { share: number; tone?: 'before' }) {
  const width = Math.max(0, Math.min(1, share)) * 100;
  return (
    <span className={`dash-meter${tone ? ` ${tone}` : ''}`} aria-hidden="true">
      <span style={{ width: `${width}%` }} />
    </span>
  );
}

export function day(format: Format, iso: string) {
  return formatDay(format, iso);
}

/**
 * What a block says when it has nothing to show yet: why, what to do next, and a link to the page
 * where it is done (issue 17: every empty state says what to do next; no chart of zeros).
 */
export function EmptyState({ text, next, href, linkLabel }: { text: string; next: string; href: string; linkLabel: string }) {
  return (
    <div className="dash-empty" data-empty="true">
      <p className="muted">{text}</p>
      <p>
        {next} <Link href={href}>{linkLabel}</Link>
      </p>
    </div>
  );
}
