import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rawSqlite } from '@/db/client';
import { databaseStamp, sharedFlight } from './export-flight';

describe('one export build for requests that ask the same file at the same moment (issue 18.1)', () => {
  it('the database stamp changes with a commit of this connection or of another one, and only then', () => {
    const sqlite = rawSqlite();
    const first = databaseStamp(sqlite);
    sqlite.prepare('select count(*) from workspaces').get();
    expect(databaseStamp(sqlite)).toBe(first);

    sqlite.prepare("insert into users (id, email, name, password_hash, created_at) values ('stamp-1', 'stamp-1@test.local', 'Stamp', 'x', 0)").run();
    const afterOwn = databaseStamp(sqlite);
    expect(afterOwn).not.toBe(first);

    // Another process's connection (a second worker) commits: this connection's stamp moves too.
    const other = new Database(sqlite.name);
    try {
      other.prepare("insert into users (id, email, name, password_hash, created_at) values ('stamp-2', 'stamp-2@test.local', 'Stamp', 'x', 0)").run();
    } finally {
      other.close();
    }
    expect(databaseStamp(sqlite)).not.toBe(afterOwn);
  });

  it('joins a running build with the same key, starts another for a new key or once it ended', async () => {
    let builds = 0;
    let finish!: (value: string) => void;
    const work = () => {
      builds += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const leader = sharedFlight('doc:fr:1', work);
    const joiner = sharedFlight('doc:fr:1', work);
    const otherKey = sharedFlight('doc:fr:2', async () => {
      builds += 1;
      return 'other';
    });
    expect([leader.joined, joiner.joined, otherKey.joined]).toEqual([false, true, false]);
    expect(builds).toBe(2);
    finish('built once');
    expect(await joiner.result).toBe('built once');
    expect(await leader.result).toBe('built once');
    expect(await otherKey.result).toBe('other');

    const later = sharedFlight('doc:fr:1', async () => {
      builds += 1;
      return 'built again';
    });
    expect(later.joined).toBe(false);
    expect(await later.result).toBe('built again');
    expect(builds).toBe(3);
  });

  it('a failed build fails every request that joined it, and the next request builds again', async () => {
    const failing = sharedFlight('doc:en:1', async () => {
      throw new Error('browser busy');
    });
    const joined = sharedFlight('doc:en:1', async () => 'never');
    await expect(failing.result).rejects.toThrow('browser busy');
    await expect(joined.result).rejects.toThrow('browser busy');
    expect(await sharedFlight('doc:en:1', async () => 'fresh').result).toBe('fresh');
  });
});
