import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase } from './client';
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
