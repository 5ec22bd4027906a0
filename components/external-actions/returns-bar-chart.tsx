'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { EXPECTED_COLOUR, OBSERVED_COLOUR } from './chart-colours';

export type ReturnsBar = { label: string; expected: number; observed: number };

/**
 * Expected and observed returns per category, as paired horizontal bars (recharts). Hidden from
 * assistive technologies and out of the tab order: the table beside it gives the same figures.
 */
export default function ReturnsBarChart({ data }: { data: ReturnsBar[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} barGap={1}>
        <CartesianGrid horizontal={false} stroke="#e1e3e6" />
        <XAxis type="number" allowDecimals={false} tick={{ fill: '#555a60', fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fill: '#1d1d1f', fontSize: 11 }} />
        <Bar dataKey="expected" fill={EXPECTED_COLOUR} isAnimationActive={false} />
        <Bar dataKey="observed" fill={OBSERVED_COLOUR} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
