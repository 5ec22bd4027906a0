import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, STATEMENT_CACHE_SIZE } from './client';
import { users } from './schema';

describe('transactions across processes', () => {
  it('take the write lock when they begin: one that read first never loses its write to another connection', () => {
    // Two connections on one file, as two worker processes hold them.
    const file = process.env.DATABASE_PATH!;
    const a = openDatabase(file);
    const b = openDatabase(file);
    b.sqlite.pragma('busy_timeout = 0');
    const now = new Date();
    a.db.insert(users).values({ id: 'u-a', email: 'a@example.org', name: 'A', passwordHash: 'x', locale: 'fr', createdAt: now }).run();
    let othersWrite: unknown = null;
    a.db.transaction((tx) => {
      tx.select().from(users).where(eq(users.id, 'u-a')).get();
      // The other process writes while this transaction is under way: it waits (here: refused at
      // once, its timeout being 0) instead of invalidating this transaction's snapshot.
      try {
        b.db.update(users).set({ name: 'B' }).where(eq(users.id, 'u-a')).run();
      } catch (error) {
        othersWrite = (error as { code?: string }).code;
      }
      tx.update(users).set({ name: 'A2' }).where(eq(users.id, 'u-a')).run();
    });
    expect(othersWrite).toBe('SQLITE_BUSY');
    expect(b.db.select().from(users).where(eq(users.id, 'u-a')).get()?.name).toBe('A2');
    a.sqlite.close();
    b.sqlite.close();
  });
});

describe('compiled statements', () => {
  const withDatabase = (run: (opened: ReturnType<typeof openDatabase>) => void) => {
    const opened = openDatabase(':memory:');
    try {
      opened.sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
      opened.sqlite.exec("INSERT INTO t (name) VALUES ('a'), ('b'), ('c')");
      run(opened);
    } finally {
      opened.sqlite.close();
    }
  };

  it('are compiled once per SQL text and come back with their modes reset', () => {
    withDatabase(({ sqlite }) => {
      const first = sqlite.prepare('SELECT id, name FROM t ORDER BY id');
      expect(first.raw().all()).toEqual([
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ]);
      const again = sqlite.prepare('SELECT id, name FROM t ORDER BY id');
      expect(again).toBe(first);
      // Left in raw mode by its last user (drizzle does so), it answers with objects again.
      expect(again.get()).toEqual({ id: 1, name: 'a' });
      sqlite.prepare('SELECT name FROM t WHERE id = ?').pluck();
      expect(sqlite.prepare('SELECT name FROM t WHERE id = ?').get(2)).toEqual({ name: 'b' });
    });
  });

  it('still being iterated, a statement is not handed out again: the caller gets a fresh one', () => {
    withDatabase(({ sqlite }) => {
      const names: string[] = [];
      const source = 'SELECT name FROM t ORDER BY id';
      for (const row of sqlite.prepare(source).iterate() as Iterable<{ name: string }>) {
        const inner = sqlite.prepare(source);
        expect(inner.busy).toBe(false);
        names.push(`${row.name}:${(inner.all() as { name: string }[]).length}`);
      }
      expect(names).toEqual(['a:3', 'b:3', 'c:3']);
    });
  });

  it('are kept up to a bound, the least recently used leaving first', () => {
    withDatabase(({ sqlite }) => {
      const first = sqlite.prepare('SELECT 0 AS n');
      for (let i = 1; i <= STATEMENT_CACHE_SIZE; i++) sqlite.prepare(`SELECT ${i} AS n`);
      expect(sqlite.prepare('SELECT 0 AS n')).not.toBe(first);
      const recent = sqlite.prepare(`SELECT ${STATEMENT_CACHE_SIZE} AS n`);
      expect(sqlite.prepare(`SELECT ${STATEMENT_CACHE_SIZE} AS n`)).toBe(recent);
    });
  });
});

describe('prepared queries', () => {
  it('are built once per connection, run with their values, and built again for a new connection', async () => {
    const { db, preparedQuery } = await import('./client');
    const { sql } = await import('drizzle-orm');
    const now = new Date();
    db.insert(users).values({ id: 'p-1', email: 'p1@example.org', name: 'P1', passwordHash: 'x', locale: 'fr', createdAt: now }).run();
    db.insert(users).values({ id: 'p-2', email: 'p2@example.org', name: 'P2', passwordHash: 'x', locale: 'en', createdAt: now }).run();
    let builds = 0;
    const byId = preparedQuery((database) => {
      builds += 1;
      return database
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, sql.placeholder('id')))
        .prepare();
    });
    expect(byId().get({ id: 'p-1' })?.name).toBe('P1');
    expect(byId().get({ id: 'p-2' })?.name).toBe('P2');
    expect(byId().get({ id: 'nobody' })).toBeUndefined();
    expect(builds).toBe(1);
    // Another database file (as when a test suite points DATABASE_PATH elsewhere): built again on it.
    const before = process.env.DATABASE_PATH;
    const other = `${before}.other.db`;
    const fresh = openDatabase(other);
    const { migrateDatabase } = await import('./client');
    migrateDatabase(fresh.db);
    fresh.sqlite.close();
    process.env.DATABASE_PATH = other;
    try {
      expect(byId().get({ id: 'p-1' })).toBeUndefined();
      expect(builds).toBe(2);
    } finally {
      process.env.DATABASE_PATH = before;
    }
    expect(byId().get({ id: 'p-1' })?.name).toBe('P1');
    expect(builds).toBe(3);
  });
});
