import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { actors, departments, diagnosticFollowUps, diagnostics, externalActions, strategies, strategyAxes, strategyIndicators } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { actionInputs } from '@/lib/test/action-inputs';
import { comparable, conflictingFields, mergeValues } from './concurrency';

type Case = {
  /** The update action (its name in the registry). */
  action: string;
  table: SQLiteTable & { id: never; version: never; workspaceId: never };
  /** Where the action's input names the row. */
  idKey: string;
  /** A text field both saves change, and how the form shows it back. */
  field: string;
  /** The rest of a valid input for rows the common setup does not give one for. */
  input?: (ws: ReturnType<typeof makeWorkspace>, inputs: Record<string, Record<string, unknown>>) => Record<string, unknown>;
  /** The version the first save starts from (the common thread starts at 0, before it exists). */
  startVersion?: number;
};

/** Every versioned record type, with the update action whose forms edit the whole record. */
const CASES: Case[] = [
  { action: 'actors.update', table: actors as never, idKey: 'id', field: 'name' },
  { action: 'externalActions.update', table: externalActions as never, idKey: 'id', field: 'title' },
  { action: 'departments.update', table: departments as never, idKey: 'id', field: 'name' },
  { action: 'strategy.updateAxis', table: strategyAxes as never, idKey: 'axisId', field: 'title' },
  { action: 'strategy.updateIndicator', table: strategyIndicators as never, idKey: 'indicatorId', field: 'name' },
  { action: 'diagnostic.update', table: diagnostics as never, idKey: 'diagnosticId', field: 'title' },
  {
    action: 'diagnostic.followUpUpdate',
    table: diagnosticFollowUps as never,
    idKey: 'followUpId',
    field: 'title',
    input: (ws) => {
      const item = db.select().from(diagnosticFollowUps).where(eq(diagnosticFollowUps.workspaceId, ws.id)).get()!;
      return { followUpId: item.id, title: item.title, ownerId: null, dueOn: null, status: 'open', version: item.version };
    },
  },
  { action: 'strategy.save', table: strategies as never, idKey: '', field: 'vision', startVersion: 0 },
];

function definition(name: string) {
  const found = workspaceActionRegistry.find((d) => d.name === name);
  if (!found) throw new Error(`no action ${name}`);
  return found;
}

function stored(c: Case, workspaceId: string, id: unknown) {
  const table = c.table as unknown as typeof actors;
  const where = c.idKey ? and(eq(table.id, id as string), eq(table.workspaceId, workspaceId)) : eq(table.workspaceId, workspaceId);
  return db.select().from(table).where(where).get() as Record<string, unknown> | undefined;
}

describe('optimistic concurrency: two saves from the same version', () => {
  for (const c of CASES) {
    it(`${c.action}: the first save wins, the second is refused with the stored values and changes nothing`, () => {
      const ws = makeWorkspace('alpha');
      const inputs = actionInputs(ws) as Record<string, Record<string, unknown>>;
      const base = c.input ? c.input(ws, inputs) : inputs[c.action]!;
      const start = c.startVersion ?? 1;
      const id = c.idKey ? base[c.idKey] : undefined;
      if (c.idKey) expect(stored(c, ws.id, id)?.version, 'existing rows start at version 1').toBe(1);

      // Two people opened the same record at the same version; the admin saves first.
      const first = executeWorkspaceAction(definition(c.action), ws.people.admin.id, ws.id, {
        ...base,
        [c.field]: 'First person’s value, saved',
        version: start,
      });
      expect(first).toMatchObject({ ok: true, data: { version: start + 1 } });
      const afterFirst = stored(c, ws.id, id)!;
      expect(afterFirst[c.field]).toBe('First person’s value, saved');
      expect(afterFirst.version).toBe(start + 1);

      // The editor saves what they typed against the version they loaded: refused, nothing written.
      const before = databaseFingerprint();
      const second = executeWorkspaceAction(definition(c.action), ws.people.editor.id, ws.id, { ...base, [c.field]: 'Second person’s value', version: start });
      expect(second).toMatchObject({ ok: false, code: 'conflict', message: 'recordChangedMeanwhile' });
      if (second.ok) return;
      expect(second.current?.version).toBe(start + 1);
      expect(second.current?.values[c.field]).toBe('First person’s value, saved');
      expect(databaseFingerprint()).toEqual(before);
      expect(stored(c, ws.id, id)).toEqual(afterFirst);

      // Merged and saved again against the stored version: accepted.
      const merged = executeWorkspaceAction(definition(c.action), ws.people.editor.id, ws.id, {
        ...base,
        ...(second.current?.values ?? {}),
        ...(c.idKey ? { [c.idKey]: id } : {}),
        [c.field]: 'Second person’s value, merged',
        version: second.current!.version,
      });
      expect(merged).toMatchObject({ ok: true, data: { version: start + 2 } });
      expect(stored(c, ws.id, id)![c.field]).toBe('Second person’s value, merged');
    });
  }

  it('covers every update action whose form edits a whole versioned record', () => {
    const versioned = workspaceActionRegistry
      .filter((d) => 'shape' in d.schema && typeof (d.schema as { shape?: Record<string, unknown> }).shape?.version === 'object')
      .map((d) => d.name)
      .sort();
    expect(versioned).toEqual(CASES.map((c) => c.action).sort());
  });

  it('a grid move bumps the actor’s version, so a form opened before it is refused rather than overwriting the move', () => {
    const ws = makeWorkspace('alpha');
    const inputs = actionInputs(ws) as Record<string, Record<string, unknown>>;
    const update = inputs['actors.update']!;
    expect(executeWorkspaceAction(definition('actors.move'), ws.people.admin.id, ws.id, { id: update.id, influence: 5, interest: 1 })).toMatchObject({
      ok: true,
    });
    const refused = executeWorkspaceAction(definition('actors.update'), ws.people.editor.id, ws.id, { ...update, version: 1 });
    expect(refused).toMatchObject({ ok: false, code: 'conflict', current: { version: 2, values: { influence: 5, interest: 1 } } });
  });
});

describe('merging', () => {
  it('suggests taking theirs where the person left the field as loaded, keeping their own edit otherwise', () => {
    const base = { name: 'A', city: 'Lyon', themes: 'x, y' };
    const mine = { name: 'A (mine)', city: 'Lyon', themes: 'x, y' };
    const theirs = { name: 'A (theirs)', city: 'Paris', themes: ['x', 'y'] };
    expect(conflictingFields(['name', 'city', 'themes'], base, mine, theirs)).toEqual([
      { field: 'name', suggested: 'mine' },
      { field: 'city', suggested: 'theirs' },
    ]);
    expect(mergeValues(mine, theirs, { name: 'mine', city: 'theirs' })).toEqual({ name: 'A (mine)', city: 'Paris', themes: 'x, y' });
  });

  it('compares numbers typed as text, lists and rows whatever their key order', () => {
    expect(comparable(3)).toBe(comparable('3'));
    expect(comparable([{ b: '1', a: 'x' }])).toBe(comparable([{ a: 'x', b: 1, c: '' }]));
    expect(comparable(null)).toBe('');
  });
});
