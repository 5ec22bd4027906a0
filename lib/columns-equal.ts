import { and, eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * `column = value AND …` for each `{ column: value }` of `table`, in the order given: the condition
 * of a lookup by several keys, `columnsEqual(diagnosticAnswers, { workspaceId, diagnosticId, dimension })`.
 */
export function columnsEqual<T extends SQLiteTable>(table: T, values: { [K in keyof T['$inferSelect']]?: NonNullable<T['$inferSelect'][K]> }): SQL | undefined {
  const columns = table as unknown as Record<string, SQLiteColumn>;
  return and(...Object.entries(values).map(([key, value]) => eq(columns[key]!, value)));
}
