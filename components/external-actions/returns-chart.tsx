'use client';

import dynamic from 'next/dynamic';
import { EXPECTED_COLOUR, OBSERVED_COLOUR } from './chart-colours';
import type { ReturnsBar } from './returns-bar-chart';
import { ChartFigure, ChartPlaceholder, type ChartFigureText } from '@/components/ui/chart-figure';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const ReturnsBarChart = dynamic(() => import('./returns-bar-chart'), { ssr: false, loading: ChartPlaceholder });

/** The returns gap as a chart with its legend; `tableId` names the table that gives the same figures. */
export function ReturnsChart({
  data,
  expectedLabel,
  observedLabel,
  ...text
}: { data: ReturnsBar[]; expectedLabel: string; observedLabel: string } & ChartFigureText) {
  const legend = [
    { key: 'expected', colour: EXPECTED_COLOUR, label: expectedLabel },
    { key: 'observed', colour: OBSERVED_COLOUR, label: observedLabel },
  ];
  return <ChartFigure chart={<ReturnsBarChart data={data} />} legend={legend} {...text} />;
}
