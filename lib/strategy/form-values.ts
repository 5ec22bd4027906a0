// Stored records as their edit forms show them (lists one per line, no nulls), so that a refused
// stale save can show the stored values beside the typed ones (lib/concurrency.ts). Without zod:
// the indicator form (a client component) uses them too.

export function strategyFormValues(s: { periodStart: number; periodEnd: number; vision: string; thread: string; principles: string[] }) {
  return { periodStart: s.periodStart, periodEnd: s.periodEnd, vision: s.vision, thread: s.thread, principles: s.principles.join('\n') };
}

export function axisFormValues(a: { title: string; objectives: string[] }) {
  return { title: a.title, objectives: a.objectives.join('\n') };
}

export function indicatorFormValues(i: {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  targetDate: string;
  ownerId: string | null;
  frequency: string;
}) {
  return { name: i.name, unit: i.unit, baseline: i.baseline, target: i.target, targetDate: i.targetDate, ownerId: i.ownerId ?? '', frequency: i.frequency };
}
