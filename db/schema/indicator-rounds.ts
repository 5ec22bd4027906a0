import { sqliteTable, text, integer, real, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { strategyIndicators } from './strategy';
import { timestampColumn, updatedAtColumn, parentColumn } from './base-columns';
import { workspaceIdColumn, userColumn, workspaceKeyColumn, workspaceTable } from './columns';

// Indicators over the strategy's term and the yearly reporting round (issue 21, points 1–2;
// docs/decisions/0029-indicator-targets-and-reporting-rounds.md).

/** The target of an indicator for one year of the strategy's term. */
export const indicatorYearTargets = sqliteTable(
  'indicator_year_targets',
  {
    indicatorId: parentColumn('indicator_id', () => strategyIndicators.id),
    workspaceId: workspaceIdColumn(),
    year: integer('year').notNull(),
    target: real('target').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.year] }), index('indicator_year_targets_workspace_idx').on(t.workspaceId)],
);

/** The workspace's default thresholds (one row per workspace; absent: 0.9 and 0.6). */
export const indicatorSettings = sqliteTable('indicator_settings', {
  workspaceId: workspaceKeyColumn(),
  atRiskBelow: real('at_risk_below').notNull(),
  offTrackBelow: real('off_track_below').notNull(),
  updatedAt: updatedAtColumn(),
});

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A yearly reporting round: values of `year` are entered until it closes, then locked. */
export const reportingRounds = workspaceTable(
  'reporting_rounds',
  {
    year: integer('year').notNull(),
    /** `YYYY-MM-DD`. */
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: ROUND_STATUSES }).notNull(),
    openedBy: userColumn('opened_by'),
    openedAt: timestampColumn('opened_at').notNull(),
    closedAt: timestampColumn('closed_at'),
  },
  (t) => [uniqueIndex('reporting_rounds_workspace_year_idx').on(t.workspaceId, t.year)],
);

export type ReportingRound = typeof reportingRounds.$inferSelect;
export type IndicatorYearTarget = typeof indicatorYearTargets.$inferSelect;
