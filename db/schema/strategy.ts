import { sqliteTable, text, integer, real, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { externalActions } from './external-actions';
import { diagnosticFollowUps } from './diagnostic';

/** How often an indicator's owner must record a new value. */
import { INDICATOR_FREQUENCIES } from '../enums/strategy';
import {
  createdAtColumn,
  updatedAtColumn,
  timestamps,
  versionColumn,
  parentColumn,
  optionalLinkColumn,
  extensionKeyColumn,
  optionalParentColumn,
} from './base-columns';
import { workspaceIdColumn, userColumn, workspaceTable } from './columns';

export * from '../enums/strategy';

/**
 * The common thread of a workspace (one per workspace): the period it covers, the vision, the
 * thread itself and the guiding principles. `version` guards against overwriting another edit.
 */
export const strategies = workspaceTable(
  'strategies',
  {
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    vision: text('vision').notNull(),
    thread: text('thread').notNull(),
    principles: text('principles', { mode: 'json' }).$type<string[]>().notNull(),
    version: integer('version').notNull(),
    updatedBy: userColumn('updated_by'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('strategies_workspace_idx').on(t.workspaceId)],
);

/** One strategic axis (3–5 per strategy) and its objectives. */
export const strategyAxes = workspaceTable(
  'strategy_axes',
  {
    title: text('title').notNull(),
    objectives: text('objectives', { mode: 'json' }).$type<string[]>().notNull(),
    position: integer('position').notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index('strategy_axes_workspace_idx').on(t.workspaceId, t.position)],
);

/**
 * Where an external action sits in the thread: on an axis, or outside it with a reason. Kept
 * beside the actions' own tables (owned by lib/external-actions) rather than as columns on them.
 * A contributor's proposal waits in `proposedAxisId` until an editor accepts it.
 */
export const strategyActionPlacements = sqliteTable(
  'strategy_action_placements',
  {
    actionId: extensionKeyColumn('action_id', () => externalActions.id),
    workspaceId: workspaceIdColumn(),
    axisId: optionalLinkColumn('axis_id', () => strategyAxes.id),
    outsideReason: text('outside_reason'),
    proposedAxisId: optionalLinkColumn('proposed_axis_id', () => strategyAxes.id),
    proposedBy: userColumn('proposed_by'),
    proposalNote: text('proposal_note'),
    updatedAt: updatedAtColumn(),
  },
  (t) => [index('strategy_action_placements_workspace_idx').on(t.workspaceId, t.axisId)],
);

/** A diagnostic follow-up item carried by an axis (the recommendation taken up in the strategy). */
export const strategyFollowUpAxes = sqliteTable(
  'strategy_follow_up_axes',
  {
    followUpId: extensionKeyColumn('follow_up_id', () => diagnosticFollowUps.id),
    workspaceId: workspaceIdColumn(),
    axisId: parentColumn('axis_id', () => strategyAxes.id),
  },
  (t) => [index('strategy_follow_up_axes_workspace_idx').on(t.workspaceId, t.axisId)],
);

/** An indicator of an axis or of an action (exactly one of the two), owned by a member. */
export const strategyIndicators = workspaceTable(
  'strategy_indicators',
  {
    axisId: optionalParentColumn('axis_id', () => strategyAxes.id),
    actionId: optionalParentColumn('action_id', () => externalActions.id),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baseline: real('baseline').notNull(),
    target: real('target').notNull(),
    /** `YYYY-MM-DD`. */
    targetDate: text('target_date').notNull(),
    ownerId: userColumn('owner_id'),
    frequency: text('frequency', { enum: INDICATOR_FREQUENCIES }).notNull(),
    /**
     * Thresholds of the status (lib/strategy/status.ts), as shares of the year's expected progress
     * from baseline to target: on track from `atRiskBelow`, off track below `offTrackBelow`. Null:
     * the workspace's default (indicator_settings).
     */
    atRiskBelow: real('at_risk_below'),
    offTrackBelow: real('off_track_below'),
    /** The range a value may take (a percentage is 0–100 without them); null: unbounded. */
    minValue: real('min_value'),
    maxValue: real('max_value'),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [
    index('strategy_indicators_workspace_idx').on(t.workspaceId, t.axisId),
    index('strategy_indicators_action_idx').on(t.actionId),
    index('strategy_indicators_owner_idx').on(t.workspaceId, t.ownerId),
  ],
);

/** A value observed for an indicator, with its date and where it comes from. */
export const strategyIndicatorValues = workspaceTable(
  'strategy_indicator_values',
  {
    indicatorId: parentColumn('indicator_id', () => strategyIndicators.id),
    observedOn: text('observed_on').notNull(),
    value: real('value').notNull(),
    source: text('source').notNull(),
    comment: text('comment'),
    recordedBy: userColumn('recorded_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('strategy_indicator_values_workspace_idx').on(t.workspaceId), index('strategy_indicator_values_indicator_idx').on(t.indicatorId, t.observedOn)],
);

/** The coherence figure of a day, kept to draw its trend (one row per workspace and day). */
export const strategyCoherenceSnapshots = sqliteTable(
  'strategy_coherence_snapshots',
  {
    workspaceId: workspaceIdColumn(),
    /** `YYYY-MM-DD`. */
    day: text('day').notNull(),
    /** 0–100. */
    score: integer('score').notNull(),
    passed: integer('passed').notNull(),
    total: integer('total').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day] })],
);

export type Strategy = typeof strategies.$inferSelect;
export type StrategyAxis = typeof strategyAxes.$inferSelect;
export type StrategyIndicator = typeof strategyIndicators.$inferSelect;
export type StrategyIndicatorValue = typeof strategyIndicatorValues.$inferSelect;
