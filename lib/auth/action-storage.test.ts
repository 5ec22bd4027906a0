import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, rawSqlite } from '@/db/client';
import { actors } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { actionInputs } from '@/lib/test/action-inputs';
import { executeWorkspaceAction, workspaceActionRegistry } from './action';

function definition(name: string) {
  const found = workspaceActionRegistry.find((d) => d.name === name);
  if (!found) throw new Error(`no workspace action ${name}`);
  return found;
}

afterEach(() => {
  rawSqlite().pragma('max_page_count = 1073741823');
});

describe('the action wrapper at the edges (issue 18.2 and 18.9)', () => {
  it('refuses a workspace id that is not a string, before it reaches SQLite, and changes nothing', () => {
    const ws = makeWorkspace('typed');
    const input = actionInputs(ws)['actors.create'];
    const before = databaseFingerprint();
    for (const workspaceId of [{ id: ws.id }, 42, null, [ws.id], true, '']) {
      const result = executeWorkspaceAction(definition('actors.create'), ws.people.admin.id, workspaceId as unknown as string, input);
      expect(result).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect(databaseFingerprint()).toEqual(before);
  });

  it('a full disk gives "the server could not save", and a write is whole or absent', () => {
    const ws = makeWorkspace('fulldisk');
    const input = actionInputs(ws)['actors.create'] as Record<string, unknown>;
    // SQLite's own limit on the file's pages: the next write that needs a page fails with SQLITE_FULL,
    // exactly as when the disk has no space left.
    const existing = db.select().from(actors).where(eq(actors.workspaceId, ws.id)).all().length;
    const pages = rawSqlite().pragma('page_count', { simple: true }) as number;
    rawSqlite().pragma(`max_page_count = ${pages}`);
    let created = 0;
    let refused: ReturnType<typeof executeWorkspaceAction> | null = null;
    for (let i = 0; i < 5000 && !refused; i++) {
      const result = executeWorkspaceAction(definition('actors.create'), ws.people.admin.id, ws.id, { ...input, name: `Acteur plein ${i} ${'x'.repeat(60)}` });
      if (result.ok) created += 1;
      else refused = result;
    }
    expect(refused).toMatchObject({ ok: false, code: 'unavailable', message: 'diskFull' });
    // The refused write left nothing behind: every stored actor is one that was acknowledged.
    expect(db.select().from(actors).where(eq(actors.workspaceId, ws.id)).all()).toHaveLength(existing + created);
    // Space comes back: the same write goes through.
    rawSqlite().pragma('max_page_count = 1073741823');
    expect(executeWorkspaceAction(definition('actors.create'), ws.people.admin.id, ws.id, { ...input, name: 'Acteur après' }).ok).toBe(true);
  });
});
