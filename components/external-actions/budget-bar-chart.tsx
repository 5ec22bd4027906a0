'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { SOURCE_COLOURS } from './chart-colours';

export type BudgetBar = { year: string } & Record<string, number | string>;

/**
 * The budget by year, stacked by funding source (recharts). Hidden from assistive technologies
 * and out of the tab order: the table beside it gives the same figures.
 */
export default function BudgetBarChart({ data, sources, locale }: { data: BudgetBar[]; sources: string[]; locale: string }) {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency: 'EUR' });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e1e3e6" />
        <XAxis dataKey="year" tick={{ fill: '#1d1d1f', fontSize: 12 }} />
        <YAxis width={72} tickFormatter={(v: number) => compact.format(v)} tick={{ fill: '#555a60', fontSize: 11 }} />
        {sources.map((s) => (
          <Bar key={s} dataKey={s} stackId="budget" fill={SOURCE_COLOURS[s] ?? '#555a60'} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
