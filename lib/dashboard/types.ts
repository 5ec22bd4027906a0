import type { ActionStatus } from '@/db/schema/external-actions';
import type { CheckKey } from '@/lib/strategy/coherence';
import type { GapTotals } from '@/lib/external-actions/gap';

/** A dimension's title in both languages (from the questionnaire). */
export type DashboardText = { fr: string; en: string };

/** The key of a row that is not an axis: actions set outside the thread, or not placed yet. */
export const OUTSIDE_AXIS = '__outside';
export const UNPLACED = '__unplaced';

/** The maturity profile: the last completed diagnostic, compared with the one before it. */
export type MaturityBlock = {
  latest: { id: string; title: string; heldOn: string; overall: number | null };
  previous: { id: string; title: string; heldOn: string; overall: number | null } | null;
  dimensions: { key: string; title: DashboardText; score: number | null; before: number | null }[];
};

/** Foreign links by country (the home country left out), and totals. */
export type MapBlock = {
  countries: { country: string; total: number; partners: number }[];
  totals: { actors: number; partners: number; countries: number };
};

/** Actions counted by axis (in the thread's order, then outside and not placed) and status. */
export type ActionsByAxisBlock = {
  statuses: ActionStatus[];
  rows: { key: string; title: string | null; byStatus: Partial<Record<ActionStatus, number>>; total: number }[];
  total: number;
};

/** The actions' budget lines (all years, in cents) by axis and funding source. */
export type BudgetBlock = {
  sources: string[];
  years: number[];
  rows: { key: string; title: string | null; bySource: Record<string, number>; total: number }[];
  totalsBySource: Record<string, number>;
  total: number;
};

/** Expected returns ever observed, per scope and overall. */
export type ReturnsBlock = {
  overall: GapTotals;
  territory: GapTotals;
  administration: GapTotals;
  actions: { total: number; withExpected: number; withObserved: number };
};

/**
 * The coherence figure computed now (null before the first axis), its recorded trend, the checks
 * that fail and the three points to fix first (lib/strategy/coherence.ts `fixFirst`).
 */
export type CoherenceBlock = {
  score: number | null;
  passed: number;
  total: number;
  notApplicable?: number;
  points?: { checked: number; toFix: number };
  trend: { day: string; score: number }[];
  failing: { key: CheckKey; count: number }[];
  fixFirst?: { key: CheckKey; label: string; href: string }[];
};

/** Indicators whose new value is overdue (no owner: the public may see this block). */
export type OverdueBlock = {
  total: number;
  items: { id: string; name: string; dueOn: string }[];
  /** Indicators of each axis by the status of their latest value (issue 21; absent from older publications). */
  statusByAxis?: { axisTitle: string | null; on_track: number; at_risk: number; off_track: number; none: number }[];
};

/** Every figure of the elected officials' dashboard except the review's state. */
export type DashboardAggregates = {
  computedOn: string;
  maturity: MaturityBlock | null;
  map: MapBlock;
  actionsByAxis: ActionsByAxisBlock;
  budget: BudgetBlock;
  returns: ReturnsBlock;
  coherence: CoherenceBlock;
  overdue: OverdueBlock;
};

/** The dashboard blocks an admin may choose to publish (the review's state is internal). */
export const PUBLIC_BLOCKS = ['maturity', 'map', 'actionsByAxis', 'budget', 'returns', 'coherence', 'overdue'] as const;
export type PublicBlock = (typeof PUBLIC_BLOCKS)[number];
