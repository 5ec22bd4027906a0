import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db, openDatabase, migrateDatabase, type Tx } from '@/db/client';
import { actors } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { whileUnchanged } from './state';

const countActors = (workspaceId: string) => db.select({ n: count() }).from(actors).where(eq(actors.workspaceId, workspaceId)).get()!.n;

describe('whileUnchanged', () => {
  it('computes once while nothing is written, and again after any write (inside a transaction too)', () => {
    const ws = makeWorkspace(`state-${Date.now()}`);
    let computations = 0;
    const read = () =>
      whileUnchanged(db, `test:${ws.id}`, () => {
        computations += 1;
        return countActors(ws.id);
      });
    expect(read()).toBe(0);
    expect(read()).toBe(0);
    expect(computations).toBe(1);
    const insert = (tx: Tx) => {
      const now = new Date();
      tx.insert(actors)
        .values({
          id: crypto.randomUUID(),
          workspaceId: ws.id,
          family: 'territorial',
          category: 'school',
          name: 'Lycée de la Vallée',
          normalizedName: 'lycee de la vallee',
          themes: [],
          languages: [],
          influence: 3,
          interest: 3,
          tags: [],
          createdAt: now,
          updatedAt: now,
        })
        .run();
    };
    // A transaction that rolls back: what it saw must not outlive it.
    expect(() =>
      db.transaction((tx) => {
        insert(tx);
        expect(whileUnchanged(tx, `test:${ws.id}`, () => countActors(ws.id))).toBe(1);
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    expect(read()).toBe(0);
    db.transaction((tx) => insert(tx));
    expect(read()).toBe(1);
    expect(read()).toBe(1);
    // Once at first, once after the rollback (the counter moved), once after the commit.
    expect(computations).toBe(3);
  });

  it('keeps one cache per connection: another database never answers from this one', () => {
    const other = openDatabase(':memory:');
    migrateDatabase(other.db);
    expect(whileUnchanged(db, 'test:same-key', () => 'main')).toBe('main');
    expect(whileUnchanged(other.db, 'test:same-key', () => 'other')).toBe('other');
    other.sqlite.close();
  });
});
