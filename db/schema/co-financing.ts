import { text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { actionIdColumn } from './external-actions';
import { CO_FINANCING_RULE_KEYS, FUNDER_KINDS, INSTALMENT_CONDITIONS } from '../enums/co-financing';
import { createdAtColumn, updatedAtColumn, timestamps, parentColumn } from './base-columns';
import { userColumn, workspaceTable } from './columns';

export * from '../enums/co-financing';

/**
 * One funder's line in an action's co-financing plan for a year (issue 20.1). Amounts are integer
 * euro cents, never floats. Staff time in kind is `staffDays × staffDailyCostCents`.
 */
export const coFinancingLines = workspaceTable(
  'co_financing_lines',
  {
    actionId: actionIdColumn(),
    year: integer('year').notNull(),
    funderKind: text('funder_kind', { enum: FUNDER_KINDS }).notNull(),
    /** The funder's name: the Interreg programme, the EU programme, the other funder… */
    funderName: text('funder_name'),
    /** The year of the foreign ministry's call for projects (ministry_call only). */
    callYear: integer('call_year'),
    askedCents: integer('asked_cents').notNull(),
    /** Null until the funder decides. */
    grantedCents: integer('granted_cents'),
    paidCents: integer('paid_cents').notNull().default(0),
    staffDays: integer('staff_days').notNull().default(0),
    staffDailyCostCents: integer('staff_daily_cost_cents').notNull().default(0),
    createdBy: userColumn('created_by'),
    ...timestamps(),
  },
  (t) => [index('co_financing_lines_workspace_idx').on(t.workspaceId, t.year), index('co_financing_lines_action_idx').on(t.actionId, t.year)],
);

/** An instalment of a funding line: its amount, what it waits for, when it is due and received. */
export const coFinancingInstalments = workspaceTable(
  'co_financing_instalments',
  {
    lineId: parentColumn('line_id', () => coFinancingLines.id),
    amountCents: integer('amount_cents').notNull(),
    condition: text('condition', { enum: INSTALMENT_CONDITIONS }).notNull(),
    /** YYYY-MM-DD. */
    dueOn: text('due_on'),
    receivedOn: text('received_on'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('co_financing_instalments_workspace_idx').on(t.workspaceId), index('co_financing_instalments_line_idx').on(t.lineId)],
);

/**
 * A workspace's version of a call rule: its threshold in percent and where it comes from. Missing
 * rows fall back to the defaults of lib/co-financing/rules.ts.
 */
export const coFinancingRules = workspaceTable(
  'co_financing_rules',
  {
    key: text('key', { enum: CO_FINANCING_RULE_KEYS }).notNull(),
    percent: integer('percent').notNull(),
    sourceText: text('source_text').notNull(),
    sourceUrl: text('source_url'),
    updatedAt: updatedAtColumn(),
  },
  (t) => [uniqueIndex('co_financing_rules_key_idx').on(t.workspaceId, t.key)],
);

export type CoFinancingLine = typeof coFinancingLines.$inferSelect;
export type CoFinancingInstalment = typeof coFinancingInstalments.$inferSelect;
export type CoFinancingRuleRow = typeof coFinancingRules.$inferSelect;
