import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { test, expect, DEMO } from './fixtures';
import { cookieHeader, signedInContext } from './security-http';

/**
 * Operations (issue 18.9), with SEPARATE real server processes on their own port and database:
 * /health; a second server on the same file refuses to start; a clean stop (SIGTERM) stores the
 * open collaboration documents and checkpoints the WAL, so that the .db file copied alone holds
 * everything; a lock left by a dead server is taken over; Yjs is loaded once.
 */

const PORT = Number(process.env.E2E_PORT ?? 3210) + 50;
const BASE = `http://localhost:${PORT}`;
const runDir = process.env.FILROUGE_E2E_RUN_DIR ?? path.join(process.cwd(), '.tmp', 'e2e', `operations-${process.pid}`);
const dir = path.join(runDir, 'operations');
const dbFile = path.join(dir, 'filrouge.db');

type Server = { child: ChildProcess; output: () => string };

function spawnServer(port = PORT): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: dbFile,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: 'e2e-operations-secret-not-used-elsewhere',
      FILROUGE_DEMO: '1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}

async function startServer(): Promise<Server> {
  const server = spawnServer();
  // Ready when the sign-in page answers (the first request also runs the demo seed).
  for (let i = 0; i < 240; i++) {
    if (server.child.exitCode !== null) throw new Error(`the server exited (${server.child.exitCode}): ${server.output()}`);
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.child.kill('SIGKILL');
  throw new Error(`the server did not start: ${server.output()}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Types `text` into a written section through a real Hocuspocus connection; resolves once the server has it. */
async function typeIntoSection(cookie: string, sectionId: string, text: string) {
  class CookieSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers: { origin: BASE, cookie } });
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: `${BASE.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: CookieSocket, maxAttempts: 1 });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: `section:${sectionId}`, document: doc, token: 'cookie' });
  provider.attach();
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no sync')), 15_000);
      provider.on('synced', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    doc.getText('operations-probe').insert(0, text);
    // The server acknowledged the update (no unsynced change left).
    for (let i = 0; i < 200 && provider.hasUnsyncedChanges; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(provider.hasUnsyncedChanges).toBe(false);
  } finally {
    provider.destroy();
    socket.destroy();
  }
}

test.describe.configure({ mode: 'serial' });

test('one server per database, /health, and a SIGTERM leaves a complete database file', async () => {
  test.setTimeout(300_000);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const first = await startServer();
  let second: Server | null = null;
  try {
    // /health: no sign-in, no data, the database takes writes, space is free, co-editing runs.
    const health = await fetch(`${BASE}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const report = (await health.json()) as { status: string; database: { writable: boolean }; disk: { freeBytes: number }; collaboration: { state: string } };
    expect(report).toMatchObject({ status: 'ok', database: { writable: true }, collaboration: { state: 'running' } });
    expect(report.disk.freeBytes).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain('@');

    // A second server on the same file refuses to start, naming the file and the running one.
    second = spawnServer(PORT + 1);
    expect(await exited(second.child)).toBe(1);
    const refusal = second.output().trim();
    console.log(`[operations] second server on the same file: ${refusal}`);
    expect(refusal).toContain(dbFile);
    expect(refusal).toContain(`pid ${first.child.pid}`);
    expect(refusal).not.toMatch(/^\s+at /m);

    // A live edit that the debounced save has not stored yet, then a page that renders the document.
    const api = await signedInContext(BASE, DEMO.accounts.admin.email, DEMO.password, { origin: BASE });
    const probe = new Database(dbFile, { readonly: true, fileMustExist: true });
    const { id: workspaceId } = probe.prepare('select id from workspaces where slug = ?').get(DEMO.workspace.slug) as { id: string };
    const { id: sectionId } = probe
      .prepare("select id from document_sections where workspace_id = ? and kind = 'written' order by position limit 1")
      .get(workspaceId) as { id: string };
    probe.close();
    const marker = `stored at stop ${Date.now()}`;
    await typeIntoSection(await cookieHeader(api), sectionId, marker);
    expect((await api.get(`/${DEMO.workspace.slug}/document`)).status()).toBe(200);
    await api.dispose();

    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    const output = first.output();
    expect(output).not.toContain('Yjs was already imported');
    expect(fs.existsSync(`${dbFile}.lock`)).toBe(false);

    // Only the .db file, as someone copying "the database" would.
    const wal = fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0;
    const copy = path.join(dir, 'copy-alone.db');
    fs.copyFileSync(dbFile, copy);
    const copied = new Database(copy, { readonly: true });
    const tables = (copied.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number }).n;
    const users = (copied.prepare('select count(*) as n from users').get() as { n: number }).n;
    const row = copied.prepare('select state from collab_documents where name = ?').get(`section:${sectionId}`) as { state: Buffer } | undefined;
    expect(copied.pragma('integrity_check', { simple: true })).toBe('ok');
    copied.close();
    const stored = new Y.Doc();
    if (row) Y.applyUpdate(stored, new Uint8Array(row.state));
    console.log(
      `[operations] after SIGTERM: ${path.basename(dbFile)} ${Math.round(fs.statSync(dbFile).size / 1024)} kB, -wal ${wal} bytes; ` +
        `the file copied alone: ${tables} tables, ${users} users, the live edit ${stored.getText('operations-probe').toString() === marker ? 'found' : 'MISSING'}`,
    );
    expect(tables).toBeGreaterThan(20);
    expect(users).toBeGreaterThan(0);
    expect(stored.getText('operations-probe').toString()).toBe(marker);
    expect(wal).toBe(0);

    // A lock left by a server that died (its pid is gone) is taken over.
    const dead = spawn(process.execPath, ['-e', '0']);
    await exited(dead);
    fs.writeFileSync(`${dbFile}.lock`, JSON.stringify({ pid: dead.pid, host: os.hostname(), port: String(PORT), startedAt: new Date().toISOString() }));
    const third = await startServer();
    expect((await fetch(`${BASE}/health`)).status).toBe(200);
    const lock = JSON.parse(fs.readFileSync(`${dbFile}.lock`, 'utf8')) as { pid: number };
    expect(lock.pid).toBe(third.child.pid);
    third.child.kill('SIGTERM');
    expect(await exited(third.child)).toBe(0);
  } finally {
    for (const server of [first, second]) if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  }
});

test('server actions: an oversized body answers 413, a malformed one 400, a workspace id of the wrong type a clear refusal; never 500', async ({
  request,
  baseURL,
}) => {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const actionId = (file: string, name: string) => Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name)![0];
  const preview = actionId('lib/actors/import-actions.ts', 'previewImportAction');
  const createActor = actionId('lib/actors/actions.ts', 'createActorAction');
  const url = `/${DEMO.workspace.slug}/actors/import`;
  const call = (id: string, data: string | Buffer, headers: Record<string, string> = {}) =>
    request.post(url, {
      headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', origin: baseURL!, accept: 'text/x-component', ...headers },
      data,
      maxRedirects: 0,
    });

  const oversized = await call(preview, Buffer.alloc(9 * 1024 * 1024, 'a'), { 'accept-language': 'en' });
  expect(oversized.status()).toBe(413);
  expect(await oversized.text()).toContain('8 MB');
  const notJson = await call(preview, '{not json');
  expect(notJson.status()).toBe(400);
  expect(await notJson.text()).toContain('mal formée');
  const truncatedForm = await call(preview, '--xx\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', {
    'content-type': 'multipart/form-data; boundary=xx',
  });
  expect(truncatedForm.status()).toBe(400);

  // Signed in, a workspace id that is an object reached SQLite (500); now a refusal the form can show.
  const admin = await signedInContext(baseURL!, DEMO.accounts.admin.email, DEMO.password);
  try {
    const wrongType = await admin.post(`/${DEMO.workspace.slug}/actors/new`, {
      headers: { 'next-action': createActor, 'content-type': 'text/plain;charset=UTF-8', origin: baseURL!, accept: 'text/x-component' },
      data: JSON.stringify([{ id: 'x' }, { name: 'Acteur' }]),
      maxRedirects: 0,
    });
    expect(wrongType.status()).toBe(200);
    expect(await wrongType.text()).toMatch(/"ok":false,"code":"invalid"/);
  } finally {
    await admin.dispose();
  }
  console.log(
    `[operations] server actions: oversized ${oversized.status()}, malformed JSON ${notJson.status()}, truncated form ${truncatedForm.status()}, workspace id of the wrong type: refused as invalid`,
  );
});
