import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { departments, externalActionBudgetLines, missionBudgetLines } from '@/db/schema';
import type { FundingSource } from '@/db/enums/departments';
import type { MemberContext } from '@/lib/auth/session';
import { Invalid } from '@/lib/errors';
import { workspaceLevel } from '@/lib/competencies/queries';
import { fundingSourceAllowed } from '@/lib/competencies/solidarity-schemes';
import { pickColumns } from '@/lib/pick-columns';
import { toCents, type BudgetLineInput } from './fields';

// Budget lines, written the same way on an action and on a mission (their tables share the columns
// and differ only by the row they belong to).

type BudgetLine = z.output<typeof BudgetLineInput>;

/**
 * Refuses a line whose funding source the workspace may not use: the "1 %" schemes are reserved to
 * the bodies that run the service (CGCT L1115-1-1 to L1115-3).
 */
export function assertFundingSourcesOffered(tx: Tx, ctx: MemberContext, lines: readonly BudgetLine[]) {
  const level = workspaceLevel(tx, ctx);
  const refused = lines.findIndex((l) => !fundingSourceAllowed(level, l.fundingSource));
  if (refused >= 0) throw new Invalid('invalid', { [`budgetLines.${refused}.fundingSource`]: 'fundingSourceNotOffered' });
}

/** The rows to insert for `lines`, in order, each with `owner` (the workspace and the action's or mission's id). */
export function budgetLineRows<Owner extends { workspaceId: string }>(owner: Owner, lines: readonly BudgetLine[]) {
  return lines.map((l, position) => ({
    id: crypto.randomUUID(),
    ...owner,
    year: l.year,
    amountCents: toCents(l.amount),
    fundingSource: l.fundingSource,
    departmentId: l.departmentId,
    label: l.label,
    position,
  }));
}

/** A stored line as the edit forms show it: the amount in euros as typed, no nulls. */
export function budgetLineFormValues(l: {
  year: number;
  amountCents: number;
  fundingSource: FundingSource;
  departmentId: string | null;
  label: string | null;
}) {
  return {
    year: String(l.year),
    amount: String(l.amountCents / 100),
    fundingSource: l.fundingSource,
    departmentId: l.departmentId ?? '',
    label: l.label ?? '',
  };
}

/** The lines' total, in cents. */
export function budgetCents(lines: readonly BudgetLine[]): number {
  return lines.reduce((s, l) => s + toCents(l.amount), 0);
}

/**
 * The stored lines of one action or one mission (`ownerColumn` = `ownerId`) with their department's
 * name, by year then in the order entered: one query, the same for both tables.
 */
export function listBudgetLines(
  tx: Tx,
  ws: string,
  table: typeof externalActionBudgetLines | typeof missionBudgetLines,
  ownerColumn: SQLiteColumn,
  ownerId: string,
) {
  return tx
    .select({
      ...pickColumns(table, ['id', 'year', 'amountCents', 'fundingSource', 'departmentId']),
      departmentName: departments.name,
      label: table.label,
    })
    .from(table)
    .leftJoin(departments, eq(departments.id, table.departmentId))
    .where(and(eq(table.workspaceId, ws), eq(ownerColumn, ownerId)))
    .orderBy(asc(table.year), asc(table.position))
    .all();
}
