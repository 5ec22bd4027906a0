import type { ReactNode } from 'react';

type ChartFigureProps = {
  /** The chart itself, hidden from assistive technologies: the table named by `tableId` gives the same figures. */
  chart: ReactNode;
  boxClass?: string;
  caption: string;
  /** The series, each with its colour swatch. */
  legend: readonly { key: string; colour: string; label: string }[];
  tableId?: string;
  tableLink?: string;
};

/** A chart with its caption and legend, and a link to the table of the same figures. */
export function ChartFigure({ chart, boxClass = 'chart-box', caption, legend, tableId, tableLink }: ChartFigureProps) {
  return (
    <figure>
      <div className={boxClass} aria-hidden="true">
        {chart}
      </div>
      <figcaption>
        {caption} —{' '}
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
            <a href={`#${tableId}`}>{tableLink}</a>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
