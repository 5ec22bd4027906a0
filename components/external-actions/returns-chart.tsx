'use client';

import dynamic from 'next/dynamic';
import { EXPECTED_COLOUR, OBSERVED_COLOUR } from './chart-colours';
import type { ReturnsBar } from './returns-bar-chart';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const ReturnsBarChart = dynamic(() => import('./returns-bar-chart'), {
  ssr: false,
  loading: () => <div className="chart-placeholder" />,
});

/** The returns gap as a chart with its legend; `tableId` names the table that gives the same figures. */
export function ReturnsChart({
  data,
  caption,
  expectedLabel,
  observedLabel,
  tableId,
  tableLink,
}: {
  data: ReturnsBar[];
  caption: string;
  expectedLabel: string;
  observedLabel: string;
  tableId: string;
  tableLink: string;
}) {
  return (
    <figure>
      <div className="chart-box" aria-hidden="true">
        <ReturnsBarChart data={data} />
      </div>
      <figcaption>
        {caption} —{' '}
        <span>
          <span className="legend-swatch" style={{ background: EXPECTED_COLOUR }} aria-hidden="true" />
          {expectedLabel}
        </span>
        {' · '}
        <span>
          <span className="legend-swatch" style={{ background: OBSERVED_COLOUR }} aria-hidden="true" />
          {observedLabel}
        </span>
        <br />
        <a href={`#${tableId}`}>{tableLink}</a>
      </figcaption>
    </figure>
  );
}
