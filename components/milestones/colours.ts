/** The colour of each milestone status in the chart and its legend (dark enough on white). */
export const MILESTONE_COLOURS = { done: '#1e6b35', planned: '#1f4e8c', late: '#b3261e' } as const;
