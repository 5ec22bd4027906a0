/**
 * A small line chart drawn as SVG on the server: values over time, with an optional dashed
 * reference line (the target). `label` describes it for screen readers; the figures themselves
 * are always given beside it in text or a table.
 */
export function Sparkline({
  points,
  reference,
  min,
  max,
  label,
  width = 160,
  height = 40,
}: {
  points: { x: string; y: number }[];
  reference?: number;
  min?: number;
  max?: number;
  label: string;
  width?: number;
  height?: number;
}) {
  const values = [...points.map((p) => p.y), ...(reference === undefined ? [] : [reference])];
  const low = min ?? Math.min(...values, 0);
  const high = max ?? Math.max(...values, 1);
  const span = high - low || 1;
  const pad = 4;
  const x = (i: number) => (points.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - ((v - low) / span) * (height - 2 * pad);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      {reference === undefined ? null : (
        <line x1={pad} x2={width - pad} y1={y(reference)} y2={y(reference)} className="sparkline-reference" strokeDasharray="4 3" />
      )}
      {points.length > 1 ? <path d={path} className="sparkline-line" fill="none" /> : null}
      {points.map((p, i) => (
        <circle key={`${p.x}-${i}`} cx={x(i)} cy={y(p.y)} r={2.5} className="sparkline-dot" />
      ))}
    </svg>
  );
}

/** An indicator's values over time from its baseline, with its target as the reference line. */
export function IndicatorSparkline({
  indicator,
  ...size
}: {
  indicator: { baseline: number; target: number; values: { observedOn: string; value: number }[] };
  label: string;
  width: number;
  height: number;
}) {
  const points = [{ x: 'baseline', y: indicator.baseline }, ...indicator.values.map((v) => ({ x: v.observedOn, y: v.value }))];
  return <Sparkline points={points} reference={indicator.target} {...size} />;
}
