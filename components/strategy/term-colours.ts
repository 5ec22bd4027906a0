/** One point of an indicator's trend: the year (x) and its observed value, target and projection. */
export type TermPoint = { x: number; observed?: number; target?: number; projection?: number };

/** The trend chart's colours, shared by the chart (loaded on its own) and its legend. */
export const TERM_COLOURS = { observed: '#1f4e9c', target: '#6b7280', projection: '#b45309' };
