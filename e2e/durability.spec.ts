import { request, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, DEMO } from './fixtures';

/**
 * Durability (issue 10.5): a SEPARATE server (its own port and database) takes a write load of real
 * server-action calls over HTTP; it is killed with SIGKILL in the middle, three times, and after
 * each restart the database passes `PRAGMA integrity_check` and holds every write that had been
 * acknowledged. A backup taken with `npm run backup` during the load restores (`npm run restore`)
 * to a sound database with the collaboration documents. The figures are printed.
 */

const PORT = Number(process.env.E2E_PORT ?? 3210) + 40;
const BASE = `http://localhost:${PORT}`;
const ROUNDS = 3;
const WORKERS = 6;
const ACKS_PER_ROUND = 30;

const runDir = process.env.FILROUGE_E2E_RUN_DIR ?? path.join(process.cwd(), '.tmp', 'e2e', `durability-${process.pid}`);
const dir = path.join(runDir, 'durability');
const dbFile = path.join(dir, 'filrouge.db');

function serverEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(PORT),
    DATABASE_PATH: dbFile,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: 'e2e-durability-secret-not-used-elsewhere',
    FILROUGE_DEMO: '1',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SMTP_URL: '',
  };
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: process.cwd(),
    env: serverEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  // Ready when the sign-in page answers (the first request also runs the demo seed).
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${BASE}/sign-in`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start: ${stderr}`);
}

function exited(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
}

/** The id Next gave a server action in this build (the production build in .next). */
function actionId(filename: string, exportedName: string) {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found[0];
}

function runScript(script: string, args: string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: process.cwd(), env: serverEnv() });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

function openDb(file: string) {
  return new Database(file, { fileMustExist: true });
}

test.describe.configure({ mode: 'serial' });

test('acknowledged writes survive SIGKILL, and a backup taken under load restores', async () => {
  test.setTimeout(300_000);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const createActor = actionId('lib/actors/actions.ts', 'createActorAction');

  let server = await startServer();
  const api: APIRequestContext = await request.newContext({ baseURL: BASE });
  try {
    // Sign in as the demo admin over HTTP; the JWT session cookie stays valid across restarts.
    const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await api.post('/api/auth/callback/credentials', {
      headers: { Origin: BASE },
      form: { csrfToken, email: DEMO.accounts.admin.email, password: DEMO.password, json: 'true' },
    });
    const session = (await (await api.get('/api/auth/session')).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe(DEMO.accounts.admin.email);

    const probe = openDb(dbFile);
    const workspaceId = (probe.prepare('select id from workspaces where slug = ?').get(DEMO.workspace.slug) as { id: string }).id;
    probe.close();

    const acknowledged: string[] = [];
    let attempted = 0;
    let found = 0;
    let failure: unknown = null;
    let backup: { file: string; acknowledgedBefore: string[]; counts: Record<string, number> } | null = null;

    for (let round = 1; round <= ROUNDS; round++) {
      let killed = false;
      const ackAtStart = acknowledged.length;
      let backupRun: Promise<void> | null = null;
      const worker = async (w: number) => {
        for (let i = 0; !killed; i++) {
          const name = `Durabilité r${round} w${w} n${i}`;
          attempted++;
          try {
            const response = await api.post(`/${DEMO.workspace.slug}/actors/new`, {
              headers: {
                'Next-Action': createActor,
                'Content-Type': 'text/plain;charset=UTF-8',
                Accept: 'text/x-component',
                Origin: BASE,
              },
              data: JSON.stringify([workspaceId, { name, category: 'association', influence: 3, interest: 3 }]),
              timeout: 15_000,
            });
            const body = await response.text();
            // Acknowledged: the action answered ok to the client.
            if (response.ok() && body.includes('"ok":true')) acknowledged.push(name);
            else if (!killed) throw new Error(`unexpected answer ${response.status()}: ${body.slice(0, 300)}`);
          } catch (error) {
            if (!killed) {
              failure = error;
              return;
            }
          }
          // In round 1, a backup starts once some writes are in, and runs while the load goes on.
          if (round === 1 && !backupRun && acknowledged.length >= 10) {
            const acknowledgedBefore = [...acknowledged];
            const file = path.join(dir, 'under-load.db');
            backupRun = runScript('scripts/backup.ts', [file]).then(({ code, output }) => {
              expect(code, output).toBe(0);
              const db = openDb(file);
              const counts = Object.fromEntries(
                ['actors', 'collab_documents', 'users'].map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]),
              );
              db.close();
              backup = { file, acknowledgedBefore, counts };
            });
          }
        }
      };
      const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
      // Kill in the middle of the load: requests are in flight when SIGKILL lands.
      while (acknowledged.length - ackAtStart < ACKS_PER_ROUND || (round === 1 && !backup)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (server.exitCode !== null) throw new Error('the server stopped on its own');
        if (failure) throw failure;
      }
      killed = true;
      server.kill('SIGKILL');
      await exited(server);
      expect(server.signalCode).toBe('SIGKILL');
      await load;
      await backupRun;

      server = await startServer();
      const db = openDb(dbFile);
      const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n');
      const names = new Set((db.prepare("select name from actors where name like 'Durabilité %'").all() as { name: string }[]).map((r) => r.name));
      db.close();
      expect(integrity).toBe('ok');
      const lost = acknowledged.filter((n) => !names.has(n));
      found = acknowledged.length - lost.length;
      expect(lost, `round ${round}: acknowledged writes missing after the restart`).toEqual([]);
      console.log(
        `[durability] round ${round}: SIGKILL under load, restart, integrity ok, ${found}/${acknowledged.length} acknowledged writes found (${names.size} rows written, ${attempted} attempted)`,
      );
    }

    server.kill('SIGTERM');
    await exited(server);

    // The backup taken under load restores to a sound database holding what was acknowledged before it.
    const taken = backup as { file: string; acknowledgedBefore: string[]; counts: Record<string, number> } | null;
    expect(taken).not.toBeNull();
    const restoredPath = path.join(dir, 'restored', 'filrouge.db');
    const restoreRun = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', taken!.file], {
        cwd: process.cwd(),
        env: { ...serverEnv(), DATABASE_PATH: restoredPath },
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });
    expect(restoreRun.code, restoreRun.output).toBe(0);
    const restored = openDb(restoredPath);
    const integrity = (restored.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check;
    const restoredNames = new Set((restored.prepare("select name from actors where name like 'Durabilité %'").all() as { name: string }[]).map((r) => r.name));
    const collab = (restored.prepare('select count(*) as n from collab_documents').get() as { n: number }).n;
    restored.close();
    expect(integrity).toBe('ok');
    expect(taken!.acknowledgedBefore.filter((n) => !restoredNames.has(n))).toEqual([]);
    expect(collab).toBe(taken!.counts.collab_documents);
    expect(collab).toBeGreaterThan(0);

    console.log(
      `[durability] FIGURES writes acknowledged ${acknowledged.length}, found after restart ${found}, kills survived ${ROUNDS}, ` +
        `attempted ${attempted}; backup under load: integrity ok after restore, ${taken!.acknowledgedBefore.length} earlier writes and ${collab} collaboration documents restored`,
    );
  } finally {
    await api.dispose();
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGKILL');
      await exited(server);
    }
  }
});
