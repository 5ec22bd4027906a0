import type { ReactNode } from 'react';

/** What a chart wrapper passes through to its figure: the caption and the table that gives the same figures. */
export type ChartFigureText = {
  caption: string;
  tableId: string;
  tableLink: string;
};

type ChartFigureProps = {
  /** The chart itself, hidden from assistive technologies: the table named by `tableId` gives the same figures. */
  chart: ReactNode;
  boxClass?: string;
  /** Said before the legend; without it, the legend stands alone. */
  caption?: string;
  /** The series, each with its colour swatch. */
  legend: readonly { key: string; colour: string; label: string }[];
  tableId?: string;
  tableLink?: string;
  linkClass?: string;
};

/** The placeholder a chart loaded on its own (next/dynamic) shows while recharts arrives. */
export function ChartPlaceholder() {
  return <div className="chart-placeholder" />;
}

/** A chart with its caption and legend, and a link to the table of the same figures. */
export function ChartFigure({ chart, boxClass = 'chart-box', caption, legend, tableId, tableLink, linkClass }: ChartFigureProps) {
  return (
    <figure>
      <div className={boxClass} aria-hidden="true">
        {chart}
      </div>
      <figcaption>
        {caption ? <>{caption} — </> : null}
        {legend.map((item, i) => (
          <span key={item.key}>
            {i > 0 ? ' · ' : null}
            <span className="legend-swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </span>
        ))}
        {tableId ? (
          <>
            <br />
            <a href={`#${tableId}`} className={linkClass}>
              {tableLink}
            </a>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
