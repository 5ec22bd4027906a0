'use client';

import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';

import { TERM_COLOURS, type TermPoint } from './term-colours';

/**
 * An indicator over the term (recharts): observed values, yearly targets, and the projection's
 * dashed line. Hidden from assistive technologies: the table beside it gives the same figures.
 */
export default function TermLineChart({ data }: { data: TermPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e1e3e6" />
        <XAxis
          type="number"
          dataKey="x"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => String(Math.floor(v))}
          allowDecimals={false}
          tick={{ fill: '#555a60', fontSize: 11 }}
        />
        <YAxis tick={{ fill: '#555a60', fontSize: 11 }} />
        <Line dataKey="target" stroke={TERM_COLOURS.target} strokeWidth={2} connectNulls isAnimationActive={false} dot={{ r: 3 }} />
        <Line dataKey="projection" stroke={TERM_COLOURS.projection} strokeDasharray="6 4" connectNulls isAnimationActive={false} dot={false} />
        <Scatter dataKey="observed" fill={TERM_COLOURS.observed} isAnimationActive={false} />
        <Line dataKey="observed" stroke={TERM_COLOURS.observed} connectNulls isAnimationActive={false} dot={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
