import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRunDir } from '@/lib/test/run-dir';

/**
 * The real server script (scripts/server.ts) started as `npm start` starts it, on a database path it
 * must refuse: it stops before loading Next, so no build is needed. Each refusal is one line that
 * names the file and what to do, and no stack trace (issue 18.9).
 */
function startServer(databasePath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_PATH: databasePath, PORT: '0', NODE_ENV: 'production', NEXTAUTH_SECRET: 'start-refusals' },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function expectOneClearLine(output: string, mentions: string[]) {
  const lines = output.split('\n').filter((l) => l.trim());
  expect(lines, output).toHaveLength(1);
  expect(output).not.toMatch(/^\s+at /m);
  for (const text of mentions) expect(lines[0]).toContain(text);
}

describe('a start that cannot use its database says why in one line (issue 18.9)', () => {
  it('an unopenable or read-only DATABASE_PATH ends the start with the path and what to do', { timeout: 120_000 }, async () => {
    const dir = path.join(testRunDir(), 'start-refusals');
    fs.mkdirSync(dir, { recursive: true });
    // A directory where the file should be: SQLite cannot open it.
    const directory = path.join(dir, 'is-a-directory.db');
    fs.mkdirSync(directory, { recursive: true });
    // A regular file where its folder should be.
    const notAFolder = path.join(dir, 'a-file');
    fs.writeFileSync(notAFolder, '');
    // Under /sys nothing can be created, even by root (EPERM).
    const cases = [directory, path.join(notAFolder, 'filrouge.db'), '/sys/fil-rouge-test/filrouge.db'];
    // A read-only folder (not for root, whom permissions do not stop).
    if (os.userInfo().uid !== 0) {
      const readOnly = path.join(dir, 'read-only');
      fs.mkdirSync(readOnly, { recursive: true });
      fs.chmodSync(readOnly, 0o555);
      cases.push(path.join(readOnly, 'filrouge.db'));
    }
    for (const file of cases) {
      const { code, output } = await startServer(file);
      console.log(`[start-refusals] DATABASE_PATH=${file}: exit ${code}: ${output.trim()}`);
      expect(code).toBe(1);
      expectOneClearLine(output, [path.resolve(file), 'DATABASE_PATH']);
    }
  });

  it('a database already used by a running server is refused, naming the file and that server', { timeout: 60_000 }, async () => {
    const dir = path.join(testRunDir(), 'start-locked');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'filrouge.db');
    // The lock a running server leaves beside its database: here this very (live) Node process.
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), port: '3999', startedAt: '2026-12-04T10:00:00.000Z' }));
    const { code, output } = await startServer(file);
    console.log(`[start-refusals] second server: exit ${code}: ${output.trim()}`);
    expect(code).toBe(1);
    expectOneClearLine(output, [file, `pid ${process.pid}`, 'port 3999']);
    // Refused before opening it: no database was created.
    expect(fs.existsSync(file)).toBe(false);
  });
});
