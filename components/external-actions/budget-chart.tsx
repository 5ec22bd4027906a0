'use client';

import dynamic from 'next/dynamic';
import { SOURCE_COLOURS } from './chart-colours';
import type { BudgetBar } from './budget-bar-chart';

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
    <figure>
      <div className="chart-box" aria-hidden="true">
        <BudgetBarChart data={data} sources={sources.map((s) => s.key)} locale={locale} />
      </div>
      <figcaption>
        {caption} —{' '}
        {sources.map((s, i) => (
          <span key={s.key}>
            {i ? ' · ' : ''}
            <span className="legend-swatch" style={{ background: SOURCE_COLOURS[s.key] ?? '#555a60' }} aria-hidden="true" />
            {s.label}
          </span>
        ))}
        <br />
        <a href={`#${tableId}`}>{tableLink}</a>
      </figcaption>
    </figure>
  );
}
