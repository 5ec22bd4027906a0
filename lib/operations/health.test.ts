import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRunDir } from '@/lib/test/run-dir';
import { healthReport } from './health';

const running = { state: 'running' as const, connections: 0, documents: 0 };

describe('/health (issue 18.9)', () => {
  it('is 200 when the database takes a real write, space is free and co-editing runs; 503 otherwise', () => {
    const dir = path.join(testRunDir(), 'health');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'health.db');
    const writable = new Database(file);
    writable.pragma('journal_mode = WAL');
    writable.exec('create table t (x integer)');
    const ok = healthReport({ sqlite: writable, databaseFile: file, collaboration: running });
    expect(ok.code).toBe(200);
    expect(ok.report).toMatchObject({ status: 'ok', database: { writable: true }, disk: { ok: true } });
    expect(ok.report.disk.freeBytes).toBeGreaterThan(0);

    // A connection that cannot write (as a read-only file or mount would give): 503, and why.
    const readOnly = new Database(file, { readonly: true });
    const refused = healthReport({ sqlite: readOnly, databaseFile: file, collaboration: running });
    expect(refused.code).toBe(503);
    expect(refused.report.database).toEqual({ writable: false, error: 'SQLITE_READONLY' });
    readOnly.close();

    // Less free space than asked for, a collaboration server that is stopping, a closed database.
    expect(healthReport({ sqlite: writable, databaseFile: file, collaboration: running, env: { HEALTH_MIN_FREE_MB: String(1024 ** 3) } }).code).toBe(503);
    expect(healthReport({ sqlite: writable, databaseFile: file, collaboration: { ...running, state: 'stopping' } }).code).toBe(503);
    writable.close();
    expect(healthReport({ sqlite: writable, databaseFile: file, collaboration: running }).report.database).toEqual({ writable: false, error: 'closed' });
  });
});
