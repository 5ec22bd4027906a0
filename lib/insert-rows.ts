import 'server-only';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';

/**
 * Inserts `rows` into `table` in one statement; no rows, no statement (drizzle refuses an empty
 * `values`). For a record's links rewritten after their old rows were deleted.
 */
export function insertRows<T extends SQLiteTable>(tx: Tx, table: T, rows: T['$inferInsert'][]) {
  if (rows.length) tx.insert(table).values(rows).run();
}
