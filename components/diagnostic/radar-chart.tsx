'use client';

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';

export type RadarPoint = { label: string; current: number | null; earlier?: number | null };

export const CURRENT_COLOUR = '#b3261e';
export const EARLIER_COLOUR = '#3f4d5c';

/**
 * The profile as a radar (recharts). Decorative for assistive technologies: the table beside it
 * carries the same figures, so the chart is hidden from them and takes no keyboard focus.
 */
export default function ProfileRadar({ points, withEarlier }: { points: RadarPoint[]; withEarlier: boolean }) {
  // A dimension without a score is left out of the polygon rather than drawn as 0.
  const data = points.map((p) => ({ label: p.label, current: p.current, earlier: p.earlier ?? null }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={data} outerRadius="64%" margin={{ top: 8, right: 48, bottom: 8, left: 48 }} accessibilityLayer={false}>
        <PolarGrid stroke="#c9ccd1" />
        <PolarAngleAxis dataKey="label" tick={{ fill: '#1d1d1f', fontSize: 11 }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fill: '#555a60', fontSize: 10 }} axisLine={false} />
        {withEarlier ? (
          <Radar
            dataKey="earlier"
            stroke={EARLIER_COLOUR}
            strokeDasharray="5 4"
            strokeWidth={2}
            connectNulls
            fill={EARLIER_COLOUR}
            fillOpacity={0.08}
            isAnimationActive={false}
          />
        ) : null}
        <Radar dataKey="current" stroke={CURRENT_COLOUR} strokeWidth={2.5} connectNulls fill={CURRENT_COLOUR} fillOpacity={0.22} isAnimationActive={false} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
