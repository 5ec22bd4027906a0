'use client';

import dynamic from 'next/dynamic';
import './indicator-status.css';
import { TERM_COLOURS, type TermPoint } from './term-colours';
import { ChartFigure } from '@/components/ui/chart-figure';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const TermLineChart = dynamic(() => import('./term-line-chart'), { ssr: false, loading: () => <div className="chart-placeholder" /> });

/** The trend with its targets and projection, and its legend; the table beside it gives the same figures. */
export function TermChart({ data, caption, labels }: { data: TermPoint[]; caption: string; labels: Record<'observed' | 'target' | 'projection', string> }) {
  return (
    <ChartFigure
      chart={<TermLineChart data={data} />}
      boxClass="term-chart-box"
      caption={caption}
      legend={(['observed', 'target', 'projection'] as const).map((s) => ({ key: s, colour: TERM_COLOURS[s], label: labels[s] }))}
    />
  );
}
