'use client';

import dynamic from 'next/dynamic';
import './indicator-status.css';
import { TERM_COLOURS, type TermPoint } from './term-colours';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const TermLineChart = dynamic(() => import('./term-line-chart'), { ssr: false, loading: () => <div className="chart-placeholder" /> });

/** The trend with its targets and projection, and its legend; the table beside it gives the same figures. */
export function TermChart({ data, caption, labels }: { data: TermPoint[]; caption: string; labels: Record<'observed' | 'target' | 'projection', string> }) {
  return (
    <figure>
      <div className="term-chart-box" aria-hidden="true">
        <TermLineChart data={data} />
      </div>
      <figcaption>
        {caption} —{' '}
        {(['observed', 'target', 'projection'] as const).map((s, i) => (
          <span key={s}>
            {i > 0 ? ' · ' : null}
            <span className="legend-swatch" style={{ background: TERM_COLOURS[s] }} aria-hidden="true" />
            {labels[s]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
