'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { MILESTONE_COLOURS } from './colours';

export type MilestonesBar = { label: string; planned: number; done: number; late: number };

/**
 * Milestones per axis, stacked by status (recharts). Hidden from assistive technologies and out of
 * the tab order: the table beside it gives the same figures.
 */
export default function MilestonesBarChart({ data }: { data: MilestonesBar[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#e1e3e6" />
        <XAxis type="number" allowDecimals={false} tick={{ fill: '#555a60', fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fill: '#1d1d1f', fontSize: 11 }} />
        <Bar dataKey="done" stackId="s" fill={MILESTONE_COLOURS.done} isAnimationActive={false} />
        <Bar dataKey="planned" stackId="s" fill={MILESTONE_COLOURS.planned} isAnimationActive={false} />
        <Bar dataKey="late" stackId="s" fill={MILESTONE_COLOURS.late} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
