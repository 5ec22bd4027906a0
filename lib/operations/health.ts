import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

// No `server-only`: scripts/server.ts answers /health itself, without Next, a session or a page slot.

export type CollaborationState = { state: 'running' | 'stopping'; connections: number; documents: number };

export type HealthReport = {
  status: 'ok' | 'failing';
  database: { writable: boolean; error?: string };
  disk: { freeBytes: number | null; minimumBytes: number; ok: boolean };
  collaboration: CollaborationState;
  pdf?: { launches: number; active: number; waiting: number; peakActive: number; refused: number };
  checkedAt: string;
};

/** Free bytes for this process on the file system of `dir`, or null when unknown. */
export function freeBytes(dir: string): number | null {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/**
 * Whether the database takes a write now: a real committed write (the header's user_version set to
 * its own value: one page to the WAL, nothing changed), so that a full disk or a read-only file shows.
 */
function probeWrite(sqlite: Database.Database): { writable: boolean; error?: string } {
  try {
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    sqlite.pragma(`user_version = ${Number(version) | 0}`);
    return { writable: true };
  } catch (error) {
    return { writable: false, error: (error as { code?: string }).code ?? 'error' };
  }
}

/**
 * What `/health` answers: no data of anyone, only whether the database takes writes, the free
 * space beside it (`HEALTH_MIN_FREE_MB`, default 50) and the collaboration server's state. 200 when
 * all hold, 503 otherwise, for a monitoring probe or a load balancer.
 */
export function healthReport(input: {
  sqlite: Database.Database | null;
  databaseFile: string;
  collaboration: CollaborationState;
  pdf?: HealthReport['pdf'];
  env?: Record<string, string | undefined>;
}): { code: 200 | 503; report: HealthReport } {
  const minimumBytes = (Number(input.env?.HEALTH_MIN_FREE_MB) || 50) * 1024 * 1024;
  const database = input.sqlite?.open ? probeWrite(input.sqlite) : { writable: false, error: 'closed' };
  const free = freeBytes(path.dirname(path.resolve(input.databaseFile)));
  const disk = { freeBytes: free, minimumBytes, ok: free === null || free >= minimumBytes };
  const ok = database.writable && disk.ok && input.collaboration.state === 'running';
  return {
    code: ok ? 200 : 503,
    report: {
      status: ok ? 'ok' : 'failing',
      database,
      disk,
      collaboration: input.collaboration,
      ...(input.pdf ? { pdf: input.pdf } : {}),
      checkedAt: new Date().toISOString(),
    },
  };
}
