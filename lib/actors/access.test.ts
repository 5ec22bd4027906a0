import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actorRelations, actors } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { createDepartment } from '@/lib/departments/queries';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { canEditActor } from './access';
import '@/lib/actors/actions';

const action = (name: string) => workspaceActionRegistry.find((a) => a.name === name)!;
const input = { name: 'Maison de l’Europe', category: 'association', influence: 3, interest: 3 };

describe('a contributor edits only the actors assigned to them (issue 18, point 8)', () => {
  it('refuses the editor’s actor, allows their own and those of an action their department takes part in', () => {
    const ws = makeWorkspace('actors-rule');
    const contributor = ws.people.contributor;
    const create = (role: 'editor' | 'contributor', name: string, category = input.category) => {
      const result = executeWorkspaceAction(action('actors.create'), ws.people[role].id, ws.id, { ...input, name, category });
      if (!result.ok) throw new Error(result.message);
      return (result.data as { id: string }).id;
    };
    const others = create('editor', 'Lycée international');
    const mine = create('contributor', 'Comité de jumelage');
    const partner = create('editor', 'Ambassade partenaire', 'embassy');
    const department = db.transaction((tx) =>
      createDepartment(tx, ws.ctx('admin'), {
        name: 'Culture',
        description: null,
        pointPersonUserId: contributor.id,
        pointPersonActorId: null,
        languages: ['fr'],
      }),
    ).data.id;
    db.transaction((tx) =>
      createExternalAction(
        tx,
        ws.ctx('admin'),
        ExternalActionInput.parse({
          title: 'Résidence croisée',
          type: 'twinning',
          status: 'idea',
          partnerIds: [partner],
          departments: [{ departmentId: department, mode: 'lead' }],
        }),
      ),
    );

    const update = (id: string, role: 'contributor' | 'editor' = 'contributor') => {
      const version = db.select({ v: actors.version }).from(actors).where(eq(actors.id, id)).get()!.v;
      return executeWorkspaceAction(action('actors.update'), ws.people[role].id, ws.id, { ...input, name: `${input.name} ${role}`, id, version });
    };
    const move = (id: string) => executeWorkspaceAction(action('actors.move'), contributor.id, ws.id, { id, influence: 5, interest: 5 });

    const before = db.select().from(actors).where(eq(actors.id, others)).get();
    expect(update(others)).toMatchObject({ ok: false, code: 'forbidden', message: 'actorNotAssigned' });
    expect(move(others)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(db.select().from(actors).where(eq(actors.id, others)).get()).toEqual(before);
    expect(canEditActor(db, ws.ctx('contributor'), others)).toBe(false);

    expect(update(mine)).toMatchObject({ ok: true });
    expect(update(partner)).toMatchObject({ ok: true });
    expect(move(mine)).toMatchObject({ ok: true });
    // Editors and admins edit every actor; reviewers none.
    expect(update(others, 'editor')).toMatchObject({ ok: true });
    expect(canEditActor(db, ws.ctx('admin'), others)).toBe(true);
    expect(canEditActor(db, ws.ctx('reviewer'), mine)).toBe(false);

    // Relations: one end must be theirs.
    const third = create('editor', 'Troisième acteur');
    expect(
      executeWorkspaceAction(action('relations.create'), contributor.id, ws.id, { sourceId: others, targetId: third, type: 'partnership', strength: 3 }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      executeWorkspaceAction(action('relations.create'), contributor.id, ws.id, { sourceId: mine, targetId: others, type: 'partnership', strength: 3 }),
    ).toMatchObject({ ok: true });
    const foreign = executeWorkspaceAction(action('relations.create'), ws.people.editor.id, ws.id, {
      sourceId: others,
      targetId: third,
      type: 'partnership',
      strength: 3,
    });
    const relationId = (foreign as { data: { id: string } }).data.id;
    expect(executeWorkspaceAction(action('relations.delete'), contributor.id, ws.id, { id: relationId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(db.select().from(actorRelations).where(eq(actorRelations.id, relationId)).get()).toBeDefined();
  });
});
