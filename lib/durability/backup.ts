/**
 * Backups and restores of the SQLite database (`npm run backup`, `npm run restore`).
 *
 * - A backup uses SQLite's online backup API (better-sqlite3 `db.backup()`): it copies a consistent
 *   snapshot page by page while the application keeps reading and writing, WAL included. Every
 *   table is copied, collaboration documents (collab_documents) included.
 * - A restore checks the file first (PRAGMA integrity_check, the migrations table), refuses while
 *   another process holds the database open (stop the server first), keeps the current file as
 *   `<database>.before-restore-<timestamp>`, then moves a verified copy into place atomically.
 *
 * No `server-only` import: the command-line scripts load this module directly.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { assertNotBeforeBaseline, BeforeBaseline, MIGRATIONS_FOLDER } from '@/db/baseline';

export class DurabilityError extends Error {}

/** A file-name-safe UTC timestamp, e.g. 2026-11-26T18-30-00-123Z. */
export function timestamp(now = new Date()) {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** `PRAGMA integrity_check` of a database file: 'ok' or the problems SQLite reports. */
export function integrityCheck(file: string): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('\n');
  } finally {
    sqlite.close();
  }
}

/** Row count of each application table of a database file. */
export function tableCounts(file: string): Record<string, number> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
  } finally {
    sqlite.close();
  }
}

/**
 * Writes a consistent copy of `source` to `target` (default: `./backups/filrouge-<timestamp>.db`)
 * while the application runs, and checks the copy. Returns the path and its table counts.
 */
export async function backupDatabase(source: string, target?: string, now = new Date()) {
  if (!fs.existsSync(source)) throw new DurabilityError(`No database at ${source}`);
  const file = path.resolve(target ?? path.join('backups', `filrouge-${timestamp(now)}.db`));
  if (fs.existsSync(file)) throw new DurabilityError(`${file} already exists: choose another name`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The same pragmas as the application (busy timeout: the backup waits for a writer's lock).
  const sqlite = new Database(source, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    // Written to a temporary name and renamed: a half-written backup never carries the final name.
    const partial = `${file}.partial`;
    fs.rmSync(partial, { force: true });
    await sqlite.backup(partial);
    // The copy is a standalone file: no WAL beside it.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const integrity = integrityCheck(partial);
    if (integrity !== 'ok') throw new DurabilityError(`The backup failed its integrity check: ${integrity}`);
    fs.renameSync(partial, file);
  } finally {
    sqlite.close();
  }
  return { file, counts: tableCounts(file) };
}

/**
 * The processes (other than this one) that have `file`, or its -wal/-shm, open. Linux only (reads
 * /proc); elsewhere returns null (unknown) and the caller must make sure the server is stopped.
 */
export function processesHolding(file: string): number[] | null {
  if (!fs.existsSync('/proc/self/fd')) return null;
  const wanted = new Set([file, `${file}-wal`, `${file}-shm`].map((f) => path.resolve(f)));
  const holders = new Set<number>();
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      try {
        if (wanted.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          holders.add(pid);
          break;
        }
      } catch {
        // closed meanwhile
      }
    }
  }
  return [...holders];
}

/** Checks that a file is a sound Fil rouge database: integrity 'ok' and migrated tables present. */
export function verifyBackup(file: string) {
  if (!fs.existsSync(file)) throw new DurabilityError(`No backup at ${file}`);
  let integrity: string;
  try {
    integrity = integrityCheck(file);
  } catch (error) {
    throw new DurabilityError(`${file} is not a readable SQLite database (${(error as Error).message})`);
  }
  if (integrity !== 'ok') throw new DurabilityError(`${file} failed its integrity check: ${integrity}`);
  const counts = tableCounts(file);
  for (const table of ['__drizzle_migrations', 'users', 'workspaces']) {
    if (!(table in counts)) throw new DurabilityError(`${file} is not a Fil rouge database (no ${table} table)`);
  }
  // A backup taken part-way through the migration history folded into the baseline would not start.
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    assertNotBeforeBaseline(sqlite, MIGRATIONS_FOLDER, `the backup ${file}`);
  } catch (error) {
    throw error instanceof BeforeBaseline ? new DurabilityError(error.message) : error;
  } finally {
    sqlite.close();
  }
  return counts;
}

/**
 * Puts a backup back as the database `target`. Refuses when the backup is unsound or when another
 * process holds the database open (unless `force`); keeps the current database beside it.
 */
export async function restoreDatabase(backup: string, target: string, options: { force?: boolean; now?: Date } = {}) {
  const counts = verifyBackup(backup);
  const resolved = path.resolve(target);
  if (!options.force) {
    const holders = processesHolding(resolved);
    if (holders?.length) {
      throw new DurabilityError(`The database ${resolved} is open in process ${holders.join(', ')}: stop the server first`);
    }
  }
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  // A verified copy next to the target, then an atomic rename: a crash leaves either file whole.
  const incoming = `${resolved}.restoring`;
  fs.rmSync(incoming, { force: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(incoming);
  } finally {
    source.close();
  }
  const integrity = integrityCheck(incoming);
  if (integrity !== 'ok') {
    fs.rmSync(incoming, { force: true });
    throw new DurabilityError(`The restored copy failed its integrity check: ${integrity}`);
  }
  let previous: string | null = null;
  if (fs.existsSync(resolved)) {
    // Folds the WAL into the current file so that the kept copy is complete on its own.
    const current = new Database(resolved);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    previous = `${resolved}.before-restore-${timestamp(options.now)}`;
    fs.renameSync(resolved, previous);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${resolved}${suffix}`, { force: true });
  fs.renameSync(incoming, resolved);
  return { file: resolved, previous, counts };
}
