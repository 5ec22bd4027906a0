'use client';

import dynamic from 'next/dynamic';
import { SOURCE_COLOURS } from './chart-colours';
import type { BudgetBar } from './budget-bar-chart';
import { ChartFigure, ChartPlaceholder, type ChartFigureText } from '@/components/ui/chart-figure';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const BudgetBarChart = dynamic(() => import('./budget-bar-chart'), { ssr: false, loading: ChartPlaceholder });

/** The budget by year and funding source, with its legend; `tableId` names the table with the same figures. */
export function BudgetChart({
  data,
  sources,
  locale,
  ...text
}: { data: BudgetBar[]; sources: { key: string; label: string }[]; locale: string } & ChartFigureText) {
  const legend = sources.map((s) => ({ key: s.key, colour: SOURCE_COLOURS[s.key] ?? '#555a60', label: s.label }));
  return <ChartFigure chart={<BudgetBarChart data={data} sources={sources.map((s) => s.key)} locale={locale} />} legend={legend} {...text} />;
}
