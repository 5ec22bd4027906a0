import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { databasePath, db, rawSqlite } from '@/db/client';
import { collabDocuments, users } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { testRunDir } from '@/lib/test/run-dir';
import { DurabilityError, backupDatabase, integrityCheck, restoreDatabase, tableCounts } from './backup';

function tmp(name: string) {
  return path.join(testRunDir(), `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`);
}

/** A collaboration document holding `text`, stored as the collaboration server stores it. */
function storeCollabDocument(workspaceId: string, name: string, text: string) {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  db.insert(collabDocuments)
    .values({ name, workspaceId, state: Buffer.from(Y.encodeStateAsUpdate(doc)), updatedAt: new Date() })
    .run();
}

function collabText(file: string, name: string) {
  const sqlite = new Database(file, { readonly: true });
  const row = sqlite.prepare('select state from collab_documents where name = ?').get(name) as { state: Buffer } | undefined;
  sqlite.close();
  if (!row) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(row.state));
  return doc.getText('body').toString();
}

describe('backup and restore', () => {
  it('copies every table, collaboration documents included, while the database is open and written', async () => {
    const ws = makeWorkspace('sauvegarde');
    storeCollabDocument(ws.id, 'section:backup-test', 'Texte co-écrit à sauvegarder');
    // The application's connection stays open (WAL mode) and keeps writing around the backup.
    rawSqlite().prepare('update users set name = name').run();
    const target = tmp('backup.db');
    const result = await backupDatabase(databasePath(), target);
    db.update(users).set({ name: 'Après la sauvegarde' }).where(eq(users.id, ws.people.admin.id)).run();

    expect(result.file).toBe(path.resolve(target));
    expect(integrityCheck(target)).toBe('ok');
    // No WAL beside the copy: it is a standalone file.
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    const live = tableCounts(databasePath());
    expect(result.counts).toEqual(live);
    expect(result.counts.collab_documents).toBeGreaterThanOrEqual(1);
    expect(collabText(target, 'section:backup-test')).toBe('Texte co-écrit à sauvegarder');
    // The write after the backup is not in it.
    const copy = new Database(target, { readonly: true });
    expect((copy.prepare('select name from users where id = ?').get(ws.people.admin.id) as { name: string }).name).not.toBe('Après la sauvegarde');
    copy.close();
  });

  it('refuses to overwrite an existing backup', async () => {
    const target = tmp('exists.db');
    fs.writeFileSync(target, 'keep me');
    await expect(backupDatabase(databasePath(), target)).rejects.toThrow(DurabilityError);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('restores a backup, keeps the previous database and brings collaboration documents back', async () => {
    const ws = makeWorkspace('restauration');
    storeCollabDocument(ws.id, 'section:restore-test', 'Version sauvegardée');
    const backup = tmp('restore-src.db');
    await backupDatabase(databasePath(), backup);

    // A separate database file (not this test's open connection) stands for the stopped server's.
    const target = tmp('restore-target.db');
    await backupDatabase(databasePath(), target);
    const later = new Database(target);
    later.prepare('delete from collab_documents').run();
    later.close();

    const result = await restoreDatabase(backup, target, { now: new Date('2026-11-26T10:00:00Z') });
    expect(integrityCheck(target)).toBe('ok');
    expect(collabText(target, 'section:restore-test')).toBe('Version sauvegardée');
    expect(result.previous).toBe(`${path.resolve(target)}.before-restore-2026-11-26T10-00-00-000Z`);
    // The replaced database is kept, with its own (later) state.
    expect(collabText(result.previous!, 'section:restore-test')).toBeNull();
    expect(tableCounts(target)).toEqual(tableCounts(backup));
  });

  it('refuses a damaged or foreign file and leaves the database untouched', async () => {
    const target = tmp('untouched.db');
    await backupDatabase(databasePath(), target);
    const before = fs.readFileSync(target);

    const garbage = tmp('garbage.db');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 7));
    await expect(restoreDatabase(garbage, target)).rejects.toThrow(/not a readable SQLite database|integrity/);

    const foreign = tmp('foreign.db');
    const other = new Database(foreign);
    other.exec('create table notes (id integer primary key, body text)');
    other.close();
    await expect(restoreDatabase(foreign, target)).rejects.toThrow(/not a Fil rouge database/);

    // A Fil rouge backup with a damaged page fails its integrity check.
    const damaged = tmp('damaged.db');
    fs.copyFileSync(target, damaged);
    const bytes = fs.readFileSync(damaged);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xff, pageSize * 2, pageSize * 3);
    fs.writeFileSync(damaged, bytes);
    await expect(restoreDatabase(damaged, target)).rejects.toThrow(DurabilityError);

    // A backup taken part-way through the migration history folded into the baseline would not start.
    const older = tmp('older.db');
    fs.copyFileSync(target, older);
    const stale = new Database(older);
    stale.prepare('update __drizzle_migrations set created_at = created_at - 86400000').run();
    stale.close();
    await expect(restoreDatabase(older, target)).rejects.toThrow(/older than the migration baseline/);

    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(target)).filter((f) => f.startsWith(path.basename(target) + '.'))).toEqual([]);
  });

  it('refuses while another process holds the database open (stop the server first)', async () => {
    const backup = tmp('held-src.db');
    await backupDatabase(databasePath(), backup);
    const target = tmp('held.db');
    fs.copyFileSync(backup, target);
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(target)});d.pragma('journal_mode = WAL');console.log('open');setInterval(()=>{},1000);`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
      await expect(restoreDatabase(backup, target)).rejects.toThrow(/stop the server first/);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    // Once the holder is gone, the same restore goes through.
    await expect(restoreDatabase(backup, target)).resolves.toMatchObject({ file: path.resolve(target) });
  });
});
