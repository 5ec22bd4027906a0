'use client';

import dynamic from 'next/dynamic';
import { MILESTONE_COLOURS } from './colours';
import type { MilestonesBar } from './milestones-bar-chart';
import { ChartFigure, ChartPlaceholder, type ChartFigureText } from '@/components/ui/chart-figure';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const MilestonesBarChart = dynamic(() => import('./milestones-bar-chart'), { ssr: false, loading: ChartPlaceholder });

/** Milestones by axis as a chart with its legend; `tableId` names the table that gives the same figures. */
export function MilestonesChart({ data, labels, ...text }: { data: MilestonesBar[]; labels: Record<'planned' | 'done' | 'late', string> } & ChartFigureText) {
  const legend = (['done', 'planned', 'late'] as const).map((s) => ({ key: s, colour: MILESTONE_COLOURS[s], label: labels[s] }));
  return <ChartFigure chart={<MilestonesBarChart data={data} />} legend={legend} {...text} />;
}
