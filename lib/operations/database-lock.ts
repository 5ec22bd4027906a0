import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// No `server-only`: scripts/server.ts takes the lock before Next is loaded.

/** A start that must not go on: `message` is the one line to print (no stack trace). */
export class StartRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartRefused';
  }
}

type Holder = { pid: number; host: string; port: string; startedAt: string };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` is still a Fil rouge server (Linux: its command line); elsewhere, whether it is alive. */
function stillOurs(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid || !alive(holder.pid)) return false;
  try {
    return /server\.ts|start\.mjs|node/.test(fs.readFileSync(`/proc/${holder.pid}/cmdline`, 'utf8'));
  } catch {
    // No /proc (macOS): a live pid is taken as the server.
    return true;
  }
}

/**
 * One server per database file (issue 18.9: two servers on one file both ran, and live edits
 * through one were lost). `<database>.lock`, created exclusively, names the running server (pid,
 * host, port, start time); a second server refuses to start with a message naming the file and
 * that server. A lock left by a server that died (its pid gone, or now another program) is taken
 * over. Returns the function that removes the lock (at shutdown).
 */
export function lockDatabase(databaseFile: string, port: string | number): () => void {
  const file = path.resolve(databaseFile);
  const lock = `${file}.lock`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mine: Holder = { pid: process.pid, host: os.hostname(), port: String(port), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lock, JSON.stringify(mine), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const holder = JSON.parse(fs.readFileSync(lock, 'utf8')) as Holder;
          if (holder.pid === process.pid && holder.host === mine.host) fs.rmSync(lock, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: Holder | null = null;
    try {
      holder = JSON.parse(fs.readFileSync(lock, 'utf8')) as Holder;
    } catch {
      // unreadable or half-written: treated as stale
    }
    if (holder && stillOurs(holder)) {
      throw new StartRefused(
        `[fil-rouge] the database ${file} is already used by another Fil rouge server (pid ${holder.pid} on ${holder.host}, port ${holder.port}, started ${holder.startedAt}): ` +
          `stop that server first, or set DATABASE_PATH to another file. (Lock: ${lock})`,
      );
    }
    // Stale: its server is gone. Take it over.
    fs.rmSync(lock, { force: true });
  }
  throw new StartRefused(`[fil-rouge] could not take the lock ${lock}: another server is starting on the same database`);
}

/**
 * The one line a start prints when the database cannot be opened or written (issue 18.9: a raw
 * stack trace before), naming the path and what to do.
 */
export function databaseOpenFailure(databaseFile: string, error: unknown): StartRefused {
  const file = path.resolve(databaseFile);
  const code = (error as { code?: string }).code ?? '';
  const reason = ((error as Error).message?.split('\n')[0] ?? String(error)).replace(/^[A-Z_]+: /, '');
  const readOnly = /READONLY|EACCES|EPERM|EROFS/.test(code) || /read-?only|permission/i.test(reason);
  const advice = readOnly
    ? `give the server's user write access to ${path.dirname(file)} and ${file}, or set DATABASE_PATH to a writable file`
    : `check that ${path.dirname(file)} exists and is a directory this server may write to, or set DATABASE_PATH to another file`;
  return new StartRefused(`[fil-rouge] cannot open the database ${file} (${code || 'error'}: ${reason}): ${advice}.`);
}
