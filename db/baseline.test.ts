import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { testRunDir } from '@/lib/test/run-dir';
import { baselineDate, BeforeBaseline, lastMigrationDate, MIGRATIONS_FOLDER } from './baseline';
import { migrateDatabase, openDatabase } from './client';

function freshFile(name: string) {
  const file = path.join(testRunDir(), `${process.pid}-${Math.random().toString(36).slice(2, 8)}-${name}`);
  fs.rmSync(file, { force: true });
  return file;
}

const tables = (sqlite: ReturnType<typeof openDatabase>['sqlite']) =>
  (sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((t) => t.name);

describe('the migration baseline', () => {
  it('builds an empty database with the immutability triggers the old history created by hand', () => {
    const { sqlite, db } = openDatabase(freshFile('empty.db'));
    migrateDatabase(db);
    const triggers = (sqlite.prepare("select name from sqlite_master where type = 'trigger' order by name").all() as { name: string }[]).map((t) => t.name);
    expect(triggers).toEqual(['adoptions_immutable', 'document_versions_immutable', 'evaluation_adoptions_immutable', 'evaluation_versions_immutable']);
    expect(lastMigrationDate(sqlite)).toBe(baselineDate(MIGRATIONS_FOLDER));
    sqlite.close();
  });

  it('is skipped by a database already at the last migration of the old history, which then starts as before', () => {
    const { sqlite, db } = openDatabase(freshFile('current.db'));
    migrateDatabase(db);
    // An installation migrated through 0025 has one row per old migration, the last one dated like the baseline.
    sqlite.exec('delete from __drizzle_migrations');
    const insert = sqlite.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)');
    insert.run('0024_actor_graph_layouts', baselineDate(MIGRATIONS_FOLDER) - 86_400_000);
    insert.run('0025_evaluation_review', baselineDate(MIGRATIONS_FOLDER));
    const before = tables(sqlite);
    expect(() => migrateDatabase(db)).not.toThrow();
    expect(tables(sqlite)).toEqual(before);
    expect((sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n).toBe(2);
    sqlite.close();
  });

  it('refuses a database stopped part-way through the old history, names the way forward and changes nothing', () => {
    const file = freshFile('older.db');
    const { sqlite, db } = openDatabase(file);
    migrateDatabase(db);
    const older = baselineDate(MIGRATIONS_FOLDER) - 30 * 86_400_000;
    sqlite.exec('delete from __drizzle_migrations');
    sqlite.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('0019_indicator_term_rounds', older);
    const before = tables(sqlite);
    expect(() => migrateDatabase(db)).toThrow(BeforeBaseline);
    expect(() => migrateDatabase(db)).toThrow(/last migrated on \d{4}-\d{2}-\d{2} .*migration-history.*Upgrading an older installation/);
    expect(tables(sqlite)).toEqual(before);
    expect((sqlite.prepare('select max(created_at) as last from __drizzle_migrations').get() as { last: number }).last).toBe(older);
    sqlite.close();
  });
});
