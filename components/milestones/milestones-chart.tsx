'use client';

import dynamic from 'next/dynamic';
import { MILESTONE_COLOURS } from './colours';
import type { MilestonesBar } from './milestones-bar-chart';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const MilestonesBarChart = dynamic(() => import('./milestones-bar-chart'), {
  ssr: false,
  loading: () => <div className="chart-placeholder" />,
});

/** Milestones by axis as a chart with its legend; `tableId` names the table that gives the same figures. */
export function MilestonesChart({
  data,
  caption,
  labels,
  tableId,
  tableLink,
}: {
  data: MilestonesBar[];
  caption: string;
  labels: Record<'planned' | 'done' | 'late', string>;
  tableId: string;
  tableLink: string;
}) {
  return (
    <figure>
      <div className="chart-box" aria-hidden="true">
        <MilestonesBarChart data={data} />
      </div>
      <figcaption>
        {caption} —{' '}
        {(['done', 'planned', 'late'] as const).map((s, i) => (
          <span key={s}>
            {i > 0 ? ' · ' : null}
            <span className="legend-swatch" style={{ background: MILESTONE_COLOURS[s] }} aria-hidden="true" />
            {labels[s]}
          </span>
        ))}
        <br />
        <a href={`#${tableId}`}>{tableLink}</a>
      </figcaption>
    </figure>
  );
}
