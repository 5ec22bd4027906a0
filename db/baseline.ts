import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/** The migrations folder, resolved from the project root so that tests and scripts agree. */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/**
 * The migration history (26 migrations, 0000_init to 0025_evaluation_review) was folded into one
 * baseline, db/migrations/0000_baseline.sql, dated like the last of them: a database migrated to
 * 0025 skips the baseline and takes later migrations as before; an empty one starts from it. A
 * database stopped half-way through the old history cannot take the baseline (its tables already
 * exist) and is refused with this message. See docs/decisions/0037-migration-baseline.md.
 */
export const LAST_RELEASE_WITH_THE_HISTORY = 'the git tag `migration-history` (commit c6fd5f8)';

/** A database that only a release carrying the old migration history can bring up to date. */
export class BeforeBaseline extends Error {
  constructor(what: string, lastMigratedAt: number) {
    super(
      `[fil-rouge] ${what} was last migrated on ${new Date(lastMigratedAt).toISOString().slice(0, 10)} by a release older than ` +
        `the migration baseline: start ${LAST_RELEASE_WITH_THE_HISTORY} once on it to bring it up to date, then this release ` +
        `(docs/operations.md, "Upgrading an older installation").`,
    );
    this.name = 'BeforeBaseline';
  }
}

/** The date (ms) the baseline carries in the journal: the date of the last migration it replaces. */
export function baselineDate(migrationsFolder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const baseline = journal.entries.find((entry) => entry.tag.endsWith('_baseline'));
  if (!baseline) throw new Error(`No baseline migration in ${migrationsFolder}`);
  return baseline.when;
}

/** The date of the last migration applied to `sqlite`, or null when it has never been migrated. */
export function lastMigrationDate(sqlite: Database.Database): number | null {
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!table) return null;
  const row = sqlite.prepare('select max(created_at) as last from __drizzle_migrations').get() as { last: number | null };
  return row.last === null ? null : Number(row.last);
}

/** Throws BeforeBaseline when `sqlite` holds part of the old history, which the baseline cannot follow. */
export function assertNotBeforeBaseline(sqlite: Database.Database, migrationsFolder: string, what: string) {
  const last = lastMigrationDate(sqlite);
  if (last !== null && last < baselineDate(migrationsFolder)) throw new BeforeBaseline(what, last);
}
