import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { externalActionCompetencies, workspaces } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { Invalid, NotFound } from '@/lib/errors';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { createCustomCompetency, deleteCustomCompetency, listCompetencies, resolveCompetencyRefs, setCompetencyHidden } from './queries';
import './actions';

const run = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;

describe('competencies of a workspace', () => {
  it('offers the catalogue of the workspace’s level in its language, plus the legal basis of external action', () => {
    const ws = makeWorkspace('alpha');
    const fr = listCompetencies(db, ws.ctx('reviewer'), 'fr');
    expect(fr.every((c) => c.level === 'commune' || c.level === 'all')).toBe(true);
    expect(fr.find((c) => c.ref === 'commune.ccas')).toMatchObject({ title: 'Action sociale par le CCAS', source: 'catalogue', hidden: false, actionCount: 0 });
    expect(listCompetencies(db, ws.ctx('reviewer'), 'en').find((c) => c.ref === 'commune.ccas')?.title).toBe('Social action through the CCAS');
    db.update(workspaces).set({ level: 'region' }).where(eq(workspaces.id, ws.id)).run();
    expect(listCompetencies(db, ws.ctx('reviewer'), 'fr').some((c) => c.ref === 'region.eu_funds')).toBe(true);
    db.update(workspaces).set({ level: 'foreign' }).where(eq(workspaces.id, ws.id)).run();
    expect(listCompetencies(db, ws.ctx('reviewer'), 'fr')).toEqual([]);
  });

  it('hides a catalogue entry for one workspace only, keeps the links made to it, and shows it again', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const id = db.transaction((tx) =>
      createExternalAction(
        tx,
        a.ctx('editor'),
        ExternalActionInput.parse({
          title: 'Police',
          type: 'twinning',
          status: 'idea',
          competencies: [{ ref: 'commune.municipal_police', reason: 'Échange entre polices municipales.' }],
        }),
      ),
    ).data.id;
    expect(executeWorkspaceAction(run('competencies.setHidden'), a.people.editor.id, a.id, { key: 'commune.municipal_police', hidden: true }).ok).toBe(true);
    const hidden = listCompetencies(db, a.ctx('editor'), 'fr').find((c) => c.ref === 'commune.municipal_police');
    expect(hidden).toMatchObject({ hidden: true, actionCount: 1 });
    expect(listCompetencies(db, b.ctx('editor'), 'fr').find((c) => c.ref === 'commune.municipal_police')?.hidden).toBe(false);
    expect(db.select().from(externalActionCompetencies).where(eq(externalActionCompetencies.actionId, id)).all()).toHaveLength(1);
    db.transaction((tx) => setCompetencyHidden(tx, a.ctx('editor'), { key: 'commune.municipal_police', hidden: false }));
    expect(listCompetencies(db, a.ctx('editor'), 'fr').find((c) => c.ref === 'commune.municipal_police')?.hidden).toBe(false);
    // Another level's entry cannot be hidden; contributors and reviewers cannot manage the catalogue.
    expect(() => db.transaction((tx) => setCompetencyHidden(tx, a.ctx('editor'), { key: 'region.lycees', hidden: true }))).toThrowError(NotFound);
    for (const role of ['contributor', 'reviewer'] as const) {
      expect(executeWorkspaceAction(run('competencies.setHidden'), a.people[role].id, a.id, { key: 'commune.schools', hidden: true })).toMatchObject({
        code: 'forbidden',
      });
    }
  });

  it('adds the workspace’s own competencies, usable in its actions only, and deletes them with their links', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const own = db.transaction((tx) =>
      createCustomCompetency(tx, a.ctx('editor'), {
        title: 'Coopération transfrontalière',
        domain: 'external',
        nature: 'optional',
        reference: 'CGCT, art. L1115-4',
        note: null,
      }),
    ).data;
    expect(own.ref).toBe(`custom:${own.id}`);
    expect(listCompetencies(db, a.ctx('reviewer'), 'en').find((c) => c.ref === own.ref)).toMatchObject({
      source: 'custom',
      title: 'Coopération transfrontalière',
      level: null,
    });
    expect(listCompetencies(db, b.ctx('reviewer'), 'fr').some((c) => c.ref === own.ref)).toBe(false);
    const field = (i: number) => `competencies.${i}.ref`;
    expect(resolveCompetencyRefs(db, a.ctx('editor'), [own.ref, 'commune.schools'], field)).toEqual([
      { catalogueKey: null, customId: own.id },
      { catalogueKey: 'commune.schools', customId: null },
    ]);
    expect(() => resolveCompetencyRefs(db, b.ctx('editor'), [own.ref], field)).toThrowError(NotFound);
    expect(() => resolveCompetencyRefs(db, a.ctx('editor'), ['departement.rsa'], field)).toThrowError(Invalid);
    const actionId = db.transaction((tx) =>
      createExternalAction(
        tx,
        a.ctx('editor'),
        ExternalActionInput.parse({
          title: 'Interreg',
          type: 'european_programme',
          status: 'running',
          competencies: [{ ref: own.ref, reason: 'Projet transfrontalier.' }],
        }),
      ),
    ).data.id;
    expect(listCompetencies(db, a.ctx('reviewer'), 'fr').find((c) => c.ref === own.ref)?.actionCount).toBe(1);
    const before = databaseFingerprint();
    expect(() => db.transaction((tx) => deleteCustomCompetency(tx, b.ctx('admin'), { id: own.id }))).toThrowError(NotFound);
    expect(databaseFingerprint()).toEqual(before);
    const outcome = db.transaction((tx) => deleteCustomCompetency(tx, a.ctx('editor'), { id: own.id }));
    expect(outcome.audit).toMatchObject({ action: 'competency.delete', changes: { linksRemoved: 1 } });
    expect(db.select().from(externalActionCompetencies).where(eq(externalActionCompetencies.actionId, actionId)).all()).toHaveLength(0);
  });

  it('refuses a bad own competency with field errors', () => {
    const ws = makeWorkspace('alpha');
    const result = executeWorkspaceAction(run('competencies.create'), ws.people.editor.id, ws.id, { title: 'x', domain: 'magic', nature: 'sometimes' });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['domain', 'nature', 'title']);
  });
});
