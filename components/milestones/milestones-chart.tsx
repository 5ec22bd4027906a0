'use client';

import dynamic from 'next/dynamic';
import { MILESTONE_COLOURS } from './colours';
import type { MilestonesBar } from './milestones-bar-chart';
import { ChartFigure } from '@/components/ui/chart-figure';

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
    <ChartFigure
      chart={<MilestonesBarChart data={data} />}
      caption={caption}
      legend={(['done', 'planned', 'late'] as const).map((s) => ({ key: s, colour: MILESTONE_COLOURS[s], label: labels[s] }))}
      tableId={tableId}
      tableLink={tableLink}
    />
  );
}
