'use client';

import dynamic from 'next/dynamic';
import { SOURCE_COLOURS } from './chart-colours';
import type { BudgetBar } from './budget-bar-chart';
import { ChartFigure } from '@/components/ui/chart-figure';

// recharts is loaded on its own, in the browser, only on the page that draws this chart.
const BudgetBarChart = dynamic(() => import('./budget-bar-chart'), {
  ssr: false,
  loading: () => <div className="chart-placeholder" />,
});

/** The budget by year and funding source, with its legend; `tableId` names the table with the same figures. */
export function BudgetChart({
  data,
  sources,
  locale,
  caption,
  tableId,
  tableLink,
}: {
  data: BudgetBar[];
  sources: { key: string; label: string }[];
  locale: string;
  caption: string;
  tableId: string;
  tableLink: string;
}) {
  return (
    <ChartFigure
      chart={<BudgetBarChart data={data} sources={sources.map((s) => s.key)} locale={locale} />}
      caption={caption}
      legend={sources.map((s) => ({ key: s.key, colour: SOURCE_COLOURS[s.key] ?? '#555a60', label: s.label }))}
      tableId={tableId}
      tableLink={tableLink}
    />
  );
}
