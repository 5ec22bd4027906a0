import 'server-only';
import type Database from 'better-sqlite3';
import { rawSqlite } from '@/db/client';

const shared = globalThis as unknown as { filrougeExportFlights?: Map<string, Promise<unknown>> };
const flights = (shared.filrougeExportFlights ??= new Map());

/**
 * What this process's connection has seen of the database so far: commits by other connections
 * (`PRAGMA data_version`) and by its own (`total_changes()`). Two reads with the same stamp see the
 * same data; any commit in between gives another stamp.
 */
export function databaseStamp(sqlite: Database.Database = rawSqlite()): string {
  const others = sqlite.pragma('data_version', { simple: true }) as number;
  const own = sqlite.prepare('select total_changes()').pluck().get() as number;
  return `${others}:${own}`;
}

/**
 * Runs `work` once for every caller asking the same `key` while it runs: the ten exports one person
 * starts at once, from a double click or a script, build the document once in this process instead
 * of ten times ahead of the pages waiting for the same core (issue 18.1). Put a `databaseStamp()`
 * in the key: a request that arrives after a commit never gets an older document.
 */
export function sharedFlight<T>(key: string, work: () => Promise<T>): { result: Promise<T>; joined: boolean } {
  const running = flights.get(key) as Promise<T> | undefined;
  if (running) return { result: running, joined: true };
  const result = work().finally(() => flights.delete(key));
  flights.set(key, result);
  return { result, joined: false };
}
