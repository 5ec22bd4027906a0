import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { listIndicators } from './indicator-queries';
import type { IndicatorStatus } from './status';

/** Counts of indicators by the status of their latest value, for one axis (null: the actions' indicators). */
export type StatusCounts = { axisTitle: string | null } & Record<IndicatorStatus | 'none', number>;

/**
 * How many indicators of each axis are on track, at risk, off track or not assessed (no value
 * yet, or no strategy term): the dashboard's and the public page's "indicators by axis".
 */
export function indicatorStatusByAxis(tx: Tx, ctx: MemberContext, axes: readonly { id: string; title: string }[]): StatusCounts[] {
  const indicators = listIndicators(tx, ctx);
  const rows = new Map<string | null, StatusCounts>(axes.map((a) => [a.id, { axisTitle: a.title, on_track: 0, at_risk: 0, off_track: 0, none: 0 }]));
  for (const i of indicators) {
    const key = i.axisId ?? null;
    const row = rows.get(key) ?? { axisTitle: null, on_track: 0, at_risk: 0, off_track: 0, none: 0 };
    row[i.term.status ?? 'none']++;
    rows.set(key, row);
  }
  return [...rows.values()].filter((r) => r.on_track + r.at_risk + r.off_track + r.none > 0);
}
