import { sqliteTable, text, integer, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { actors } from './actors';
import { departments } from './departments';
import { budgetLineColumns } from './budget-lines';
import { customCompetencies } from './competencies';
import { AID_CATEGORIES } from '../enums/declaration';
import { ACTION_TYPES, ACTION_STATUSES, DEPARTMENT_MODES, ACTION_ACTOR_ROLES, type ActionRationale, type ReturnCategory } from '../enums/external-actions';
import { createdAtColumn, timestamps, parentColumn, optionalLinkColumn, optionalParentColumn } from './base-columns';
import { workspaceIdColumn, userColumn, workspaceTable } from './columns';

export * from '../enums/external-actions';

/** The external action a row belongs to (`action_id`); deleted with the action. */
export function actionIdColumn() {
  return parentColumn('action_id', () => externalActions.id);
}

/** One external action of the authority. `version` guards against overwriting someone else's edit. */
export const externalActions = workspaceTable(
  'external_actions',
  {
    title: text('title').notNull(),
    /** Lower-case, accents removed: the search matches "cooperation" and "coopération". */
    normalizedTitle: text('normalized_title').notNull(),
    description: text('description'),
    type: text('type', { enum: ACTION_TYPES }).notNull(),
    rationales: text('rationales', { mode: 'json' }).$type<ActionRationale[]>().notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    /** ISO 3166-1 alpha-2 codes of the countries concerned. */
    countries: text('countries', { mode: 'json' }).$type<string[]>().notNull(),
    /** The category of the yearly aid declaration (db/enums/declaration.ts); null until an officer chooses it. */
    aidCategory: text('aid_category', { enum: AID_CATEGORIES }),
    /** The OECD DAC 5-digit purpose code chosen by an officer (IATI `sector`, vocabulary 1); lib/iati/sectors.ts. */
    dacSector: text('dac_sector'),
    version: integer('version').notNull(),
    createdBy: userColumn('created_by'),
    ...timestamps(),
  },
  (t) => [
    index('external_actions_workspace_title_idx').on(t.workspaceId, t.normalizedTitle),
    index('external_actions_workspace_type_idx').on(t.workspaceId, t.type, t.status),
  ],
);

export const externalActionActors = sqliteTable(
  'external_action_actors',
  {
    workspaceId: workspaceIdColumn(),
    actionId: actionIdColumn(),
    actorId: parentColumn('actor_id', () => actors.id),
    role: text('role', { enum: ACTION_ACTOR_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.actorId] }),
    index('external_action_actors_workspace_idx').on(t.workspaceId),
    index('external_action_actors_actor_idx').on(t.actorId, t.role),
  ],
);

export const externalActionDepartments = sqliteTable(
  'external_action_departments',
  {
    workspaceId: workspaceIdColumn(),
    actionId: actionIdColumn(),
    departmentId: parentColumn('department_id', () => departments.id),
    mode: text('mode', { enum: DEPARTMENT_MODES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.departmentId] }),
    index('external_action_departments_workspace_idx').on(t.workspaceId),
    index('external_action_departments_department_idx').on(t.departmentId),
  ],
);

/**
 * Why an action serves a competency: either a catalogue entry (by key) or one of the workspace's
 * own competencies (by id), never both.
 */
export const externalActionCompetencies = workspaceTable(
  'external_action_competencies',
  {
    actionId: actionIdColumn(),
    catalogueKey: text('catalogue_key'),
    customCompetencyId: optionalParentColumn('custom_competency_id', () => customCompetencies.id),
    reason: text('reason').notNull(),
  },
  (t) => [
    index('external_action_competencies_workspace_idx').on(t.workspaceId, t.catalogueKey),
    uniqueIndex('external_action_competencies_catalogue_idx').on(t.actionId, t.catalogueKey),
    uniqueIndex('external_action_competencies_custom_idx').on(t.actionId, t.customCompetencyId),
  ],
);

export const externalActionSdgs = sqliteTable(
  'external_action_sdgs',
  {
    workspaceId: workspaceIdColumn(),
    actionId: actionIdColumn(),
    sdg: integer('sdg').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.sdg] }), index('external_action_sdgs_workspace_idx').on(t.workspaceId, t.sdg)],
);

/** What an action costs in a year, who pays, and which department's budget carries it. */
export const externalActionBudgetLines = workspaceTable(
  'external_action_budget_lines',
  {
    actionId: actionIdColumn(),
    ...budgetLineColumns(),
  },
  (t) => [index('external_action_budget_lines_workspace_idx').on(t.workspaceId, t.year), index('external_action_budget_lines_action_idx').on(t.actionId)],
);

/** A return written down before: what the action should bring, optionally with an indicator and target. */
export const expectedReturns = workspaceTable(
  'expected_returns',
  {
    actionId: actionIdColumn(),
    category: text('category').$type<ReturnCategory>().notNull(),
    description: text('description').notNull(),
    indicator: text('indicator'),
    target: text('target'),
    position: integer('position').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('expected_returns_workspace_idx').on(t.workspaceId, t.category), index('expected_returns_action_idx').on(t.actionId)],
);

/** A return seen afterwards, with its evidence; it may answer an expected return or be unexpected. */
export const observedReturns = workspaceTable(
  'observed_returns',
  {
    actionId: actionIdColumn(),
    expectedReturnId: optionalLinkColumn('expected_return_id', () => expectedReturns.id),
    category: text('category').$type<ReturnCategory>().notNull(),
    description: text('description').notNull(),
    evidence: text('evidence').notNull(),
    observedOn: text('observed_on').notNull(),
    value: text('value'),
    recordedBy: userColumn('recorded_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('observed_returns_workspace_idx').on(t.workspaceId, t.category),
    index('observed_returns_action_idx').on(t.actionId),
    index('observed_returns_expected_idx').on(t.expectedReturnId),
  ],
);

export type ExternalAction = typeof externalActions.$inferSelect;
export type ExpectedReturn = typeof expectedReturns.$inferSelect;
export type ObservedReturn = typeof observedReturns.$inferSelect;
export type ExternalActionBudgetLine = typeof externalActionBudgetLines.$inferSelect;
