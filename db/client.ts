import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { assertNotBeforeBaseline, MIGRATIONS_FOLDER } from './baseline';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle or the database itself: queries accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export { MIGRATIONS_FOLDER };

/** Opens a SQLite file with the pragmas every connection needs. */
export function openDatabase(file: string): { sqlite: Database.Database; db: Db } {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  if (process.env.FILROUGE_SQL_COUNT === '1') countStatements(sqlite);
  reuseStatements(sqlite);
  const database = drizzle(sqlite, { schema });
  // Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first write:
  // with several processes on one file (scripts/server.ts's workers), a transaction that read first
  // would fail at its first write with SQLITE_BUSY_SNAPSHOT whenever another process wrote in
  // between, which no busy timeout retries. Taken at the start, the lock waits its turn instead.
  const transaction = database.transaction.bind(database);
  database.transaction = ((run, config) => transaction(run, { behavior: 'immediate', ...config })) as typeof database.transaction;
  return { sqlite, db: database };
}

/** How many compiled statements a connection keeps (least recently used out). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 compiles SQL on every prepare(), and drizzle prepares each query it runs: the same
 * few hundred statements were compiled again on every request (4.5 % of a route's CPU in a
 * profile, docs/performance.md). A connection keeps its compiled statements by SQL text and hands one
 * back with the modes drizzle toggles (raw, pluck, expand) reset, as a new one would be. A statement
 * still being iterated is busy: the caller gets a fresh one instead.
 */
function reuseStatements(sqlite: Database.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement && !statement.busy) {
      kept.delete(source);
      kept.set(source, statement);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = prepare(source);
    if (!statement) {
      kept.set(source, fresh);
      if (kept.size > STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
    }
    return fresh;
  }) as typeof sqlite.prepare;
}

const sqlCounter = globalThis as unknown as { filrougeSqlCount?: number };

/** The number of SQL statements executed by this process (only counted when FILROUGE_SQL_COUNT=1). */
export function sqlStatementCount() {
  return sqlCounter.filrougeSqlCount ?? 0;
}

/**
 * For the benchmark (scripts/bench): counts every statement run on this connection. The counter
 * lives on globalThis so that the copy of this module bundled by Next and the server script's own
 * copy add to the same figure; scripts/server.ts exposes it at /__bench/sql-count.
 */
function countStatements(sqlite: Database.Database) {
  sqlCounter.filrougeSqlCount ??= 0;
  const prepare = sqlite.prepare.bind(sqlite);
  const exec = sqlite.exec.bind(sqlite);
  sqlite.exec = (source: string) => {
    sqlCounter.filrougeSqlCount! += 1;
    return exec(source);
  };
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source) as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['run', 'get', 'all', 'iterate']) {
      const original = statement[method]!.bind(statement);
      statement[method] = (...args: unknown[]) => {
        sqlCounter.filrougeSqlCount! += 1;
        return original(...args);
      };
    }
    return statement;
  }) as unknown as typeof sqlite.prepare;
}

/**
 * Applies the committed migrations; safe to call on every start. Refuses (BeforeBaseline) a
 * database that stopped part-way through the migration history folded into the baseline.
 */
export function migrateDatabase(db: Db) {
  // drizzle() returns the database with its connection as $client; the Db type leaves it out.
  const sqlite = (db as Db & { $client: Database.Database }).$client;
  assertNotBeforeBaseline(sqlite, MIGRATIONS_FOLDER, `the database ${sqlite.name}`);
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

const globalForDb = globalThis as unknown as { filrougeDb?: { sqlite: Database.Database; db: Db; file: string } };

/** The path of the application's database file. */
export function databasePath() {
  return process.env.DATABASE_PATH ?? './data/filrouge.db';
}

function connection() {
  const file = databasePath();
  if (!globalForDb.filrougeDb || globalForDb.filrougeDb.file !== file) {
    globalForDb.filrougeDb?.sqlite.close();
    globalForDb.filrougeDb = { ...openDatabase(file), file };
  }
  return globalForDb.filrougeDb;
}

/** The one connection of this process (cached on globalThis so dev reloads reuse it). */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = connection().db as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/**
 * A query built once per connection, then run with its `sql.placeholder` values. Drizzle builds a
 * query's SQL on every run, and for a one-row read on an index that costs about five times the read
 * itself (docs/performance.md): the few queries every request runs (the signed-in person, the
 * membership) are built once.
 */
export function preparedQuery<T>(build: (database: Db) => T): () => T {
  let made: { on: Db; query: T } | null = null;
  return () => {
    const current = connection().db;
    if (made?.on !== current) made = { on: current, query: build(current) };
    return made.query;
  };
}

/** The raw better-sqlite3 handle, for pragmas and statement counting. */
export function rawSqlite() {
  return connection().sqlite;
}
