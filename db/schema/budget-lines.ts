import { integer, text } from 'drizzle-orm/sqlite-core';
import { departments, FUNDING_SOURCES } from './departments';
import { optionalLinkColumn } from './base-columns';

/**
 * The columns of a budget line after its parent (an external action's or a mission's): what it
 * costs in a year, who pays, which department's budget carries it, and its place in the list.
 * Both kinds are summed by the consolidated international budget.
 */
export function budgetLineColumns() {
  return {
    year: integer('year').notNull(),
    /** In euro cents. */
    amountCents: integer('amount_cents').notNull(),
    fundingSource: text('funding_source', { enum: FUNDING_SOURCES }).notNull(),
    departmentId: optionalLinkColumn('department_id', () => departments.id),
    label: text('label'),
    position: integer('position').notNull(),
  };
}
