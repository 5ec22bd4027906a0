import type Database from 'better-sqlite3';
import type { Tx } from './client';

/** The SQLite connection behind a drizzle database or transaction handle. */
function connectionOf(tx: Tx): Database.Database {
  return (tx as unknown as { session: { client: Database.Database } }).session.client;
}

/**
 * What identifies a connection's view of the database: the rows changed through it
 * (`total_changes()`: every write of the app and of the collaboration server, which share the
 * process's one connection) and the commits of any other connection (`PRAGMA data_version`: a
 * restore, a script). Figures computed from the database stay valid while this is unchanged.
 * (Same rule as the dashboard's cache in lib/dashboard/queries.ts.)
 */
export function databaseState(tx: Tx): string {
  const sqlite = connectionOf(tx);
  // Read on every cached read of every request: the connection keeps both statements compiled
  // (db/client.ts), and each use sets the mode it needs, since another caller may share them.
  const changes = sqlite.prepare('select total_changes()').pluck().get() as number;
  const version = sqlite.prepare('pragma data_version').pluck().get() as number;
  return `${changes}:${version}`;
}

const LIMIT = 512;
const caches = new WeakMap<Database.Database, Map<string, { state: string; value: unknown }>>();

/**
 * `compute()` once per `key` and connection until anything is written to the database; many
 * readers of a large workspace then share one computation. Inside a transaction it always computes. `compute` must depend only on the
 * database and on what `key` says; what it writes must be derived from what it read. Callers must not mutate the value they get.
 */
export function whileUnchanged<T>(tx: Tx, key: string, compute: () => T): T {
  const sqlite = connectionOf(tx);
  // Inside a transaction the figures may include writes that a rollback will undo, while the
  // change counter keeps them: compute, and neither read nor store the cache.
  if (sqlite.inTransaction) return compute();
  let entries = caches.get(sqlite);
  if (!entries) caches.set(sqlite, (entries = new Map()));
  const before = databaseState(tx);
  const hit = entries.get(key);
  if (hit && hit.state === before) return hit.value as T;
  const value = compute();
  // `compute` may store what it derived (the actors graph keeps its layout): the value then holds
  // for the state after its own writes, unless another connection committed meanwhile.
  const after = databaseState(tx);
  const state = after.split(':')[1] === before.split(':')[1] ? after : before;
  entries.delete(key);
  entries.set(key, { state, value });
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value!);
  return value;
}
