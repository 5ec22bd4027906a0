import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, memberships, workspaces } from '@/db/schema';
import { ROLES } from '@/db/schema/workspaces';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from './action';
import { can } from './policy';
// Importing the inputs imports every action module, which registers every workspace action.
import { actionInputs } from '@/lib/test/action-inputs';

/** Actions that only write the caller's own workspace (creations, its profile): no foreign row to aim at. */
const CREATIONS = new Set([
  'members.invite',
  'notifications.markAllRead',
  'actors.create',
  'diagnostic.create',
  'workspace.update',
  'workspace.updateIdentifiers',
  'actors.importPreview',
  'actors.import',
  'census.createLink',
  'document.initialize',
  'document.addSection',
  'document.saveVersion',
  'competencies.setHidden',
  'competencies.create',
  'strategy.save',
  'strategy.createAxis',
  'strategy.setThresholds',
  'rounds.open',
  'partnerships.create',
  'coordination.consent',
]);

describe('workspace actions, as every role and from outside', () => {
  it('registers every workspace action', () => {
    expect(workspaceActionRegistry.map((a) => a.name).sort()).toEqual(
      [
        'invitations.revoke',
        'members.invite',
        'members.remove',
        'members.updateRole',
        'members.erase',
        'members.endSessions',
        'members.resetLink',
        'workspace.update',
        'diagnostic.create',
        'diagnostic.update',
        'diagnostic.delete',
        'diagnostic.assign',
        'diagnostic.answer',
        'diagnostic.complete',
        'diagnostic.followUpCreate',
        'diagnostic.followUpUpdate',
        'actors.create',
        'actors.update',
        'actors.move',
        'actors.delete',
        'actors.contact.export',
        'actors.contact.erase',
        'relations.create',
        'relations.delete',
        'actors.importPreview',
        'actors.import',
        'census.createLink',
        'census.setLinkOpen',
        'census.accept',
        'census.reject',
        'document.initialize',
        'document.addSection',
        'document.renameSection',
        'document.removeSection',
        'document.moveSection',
        'document.assignSection',
        'document.saveVersion',
        'externalActions.create',
        'externalActions.update',
        'externalActions.delete',
        'externalActions.recordObserved',
        'externalActions.deleteObserved',
        'externalActions.setSector',
        'workspace.updateIdentifiers',
        'milestones.create',
        'milestones.update',
        'milestones.setDone',
        'milestones.delete',
        'competencies.setHidden',
        'competencies.create',
        'competencies.update',
        'competencies.delete',
        'departments.create',
        'departments.update',
        'departments.delete',
        'departments.addBudgetLine',
        'departments.deleteBudgetLine',
        'strategy.save',
        'strategy.createAxis',
        'strategy.updateAxis',
        'strategy.deleteAxis',
        'strategy.placeAction',
        'strategy.proposePlacement',
        'strategy.attachFollowUp',
        'strategy.createIndicator',
        'strategy.updateIndicator',
        'strategy.deleteIndicator',
        'strategy.recordValue',
        'strategy.deleteValue',
        'strategy.setTerm',
        'strategy.setThresholds',
        'rounds.open',
        'rounds.close',
        'rounds.import',
        'review.submit',
        'review.decide',
        'review.adopt',
        'review.openThread',
        'review.reply',
        'review.setThreadStatus',
        'notifications.markRead',
        'notifications.markAllRead',
        'publication.publish',
        'publication.unpublish',
        'partnerships.create',
        'partnerships.delete',
        'partnerships.rename',
        'partnerships.shareSection',
        'partnerships.addContribution',
        'partnerships.addContact',
        'partnerships.addExchange',
        'partnerships.removeEntry',
        'partnerships.comment',
        'partnerships.invite',
        'partnerships.translateEntry',
        'partnerships.updateContribution',
        'translations.add',
        'translations.confirm',
        'coordination.consent',
      ].sort(),
    );
  });

  it('has a valid input in lib/test/action-inputs.ts for every registered action', () => {
    const inputs = actionInputs(makeWorkspace('bravo'));
    const missing = workspaceActionRegistry.map((d) => d.name).filter((name) => !(name in inputs));
    expect(missing, 'add an input for these actions to lib/test/action-inputs.ts').toEqual([]);
  });

  for (const definition of workspaceActionRegistry) {
    it(`${definition.name}: each role is authorised exactly as the policy says, before input is read`, () => {
      const ws = makeWorkspace('alpha');
      const before = databaseFingerprint();
      for (const role of ROLES) {
        // Empty input: an authorised role reaches validation (invalid), others stop at the policy.
        const result = executeWorkspaceAction(definition, ws.people[role].id, ws.id, {});
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.code).toBe(can(role, definition.permission) ? 'invalid' : 'forbidden');
      }
      expect(databaseFingerprint()).toEqual(before);
    });

    it(`${definition.name}: a member of another workspace gets not_found and changes nothing`, () => {
      const a = makeWorkspace('alpha');
      const b = makeWorkspace('bravo');
      const target = b.ctx('admin');
      const inputs = actionInputs(b);
      const before = databaseFingerprint();
      const result = executeWorkspaceAction(definition, a.people.admin.id, target.workspaceId, inputs[definition.name]);
      expect(result).toMatchObject({ ok: false, code: 'not_found' });
      expect(databaseFingerprint()).toEqual(before);
      // The same rows of B, reached through A's own workspace: refused too (creations excepted,
      // since they only ever write into the caller's workspace).
      if (!CREATIONS.has(definition.name)) {
        const through = executeWorkspaceAction(definition, a.people.admin.id, a.id, inputs[definition.name]);
        expect(through.ok).toBe(false);
        expect(databaseFingerprint()).toEqual(before);
      }
    });
  }

  it('someone with no membership at all gets not_found', () => {
    const ws = makeWorkspace('alpha');
    const stranger = makeUser('Stranger');
    const def = workspaceActionRegistry.find((d) => d.name === 'workspace.update')!;
    const result = executeWorkspaceAction(def, stranger.id, ws.id, { name: 'X' });
    expect(result).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('bad input gets field errors in the requested language and changes nothing', () => {
    const ws = makeWorkspace('alpha');
    const def = workspaceActionRegistry.find((d) => d.name === 'workspace.update')!;
    const before = databaseFingerprint();
    const input = { name: 'A', level: 'planet', country: 'ZZ', population: -3, languages: [] };
    const fr = executeWorkspaceAction(def, ws.people.admin.id, ws.id, input, 'fr');
    expect(fr.ok).toBe(false);
    if (!fr.ok) {
      expect(fr.code).toBe('invalid');
      expect(Object.keys(fr.fieldErrors ?? {}).sort()).toEqual(['country', 'languages', 'level', 'name', 'population']);
      expect(fr.fieldErrors?.name).toBe('nameLength');
      expect(fr.fieldErrors?.level).toMatch(/option|attendu|invalide/i);
    }
    const en = executeWorkspaceAction(def, ws.people.admin.id, ws.id, input, 'en');
    if (!en.ok) expect(en.fieldErrors?.level).toMatch(/invalid|expected/i);
    expect(databaseFingerprint()).toEqual(before);
  });

  it('a successful action writes its change and one audit entry in the same transaction', () => {
    const ws = makeWorkspace('alpha');
    const def = workspaceActionRegistry.find((d) => d.name === 'workspace.update')!;
    const result = executeWorkspaceAction(def, ws.people.admin.id, ws.id, {
      name: 'Région Test',
      level: 'region',
      country: 'fr',
      population: '250000',
      languages: ['fr', 'en', 'fr'],
    });
    expect(result.ok).toBe(true);
    const row = db.select().from(workspaces).where(eq(workspaces.id, ws.id)).get()!;
    expect(row).toMatchObject({ name: 'Région Test', level: 'region', country: 'FR', population: 250000, languages: ['fr', 'en'] });
    const entries = db.select().from(auditLog).where(eq(auditLog.action, 'workspace.update')).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ workspaceId: ws.id, userId: ws.people.admin.id, entityType: 'workspace', entityId: ws.id });
    expect(entries[0]!.changes).toMatchObject({ name: { from: 'Collectivité alpha', to: 'Région Test' }, level: { from: 'commune', to: 'region' } });
  });

  it('a role change applies on the very next call', () => {
    const ws = makeWorkspace('alpha');
    const def = workspaceActionRegistry.find((d) => d.name === 'members.updateRole')!;
    const editorMembership = db.select().from(memberships).where(eq(memberships.userId, ws.people.editor.id)).get()!;
    const invite = workspaceActionRegistry.find((d) => d.name === 'members.invite')!;
    expect(executeWorkspaceAction(invite, ws.people.editor.id, ws.id, { email: 'a@test.local', role: 'editor' })).toMatchObject({ code: 'forbidden' });
    expect(executeWorkspaceAction(def, ws.people.admin.id, ws.id, { membershipId: editorMembership.id, role: 'admin' }).ok).toBe(true);
    expect(executeWorkspaceAction(invite, ws.people.editor.id, ws.id, { email: 'a@test.local', role: 'editor' }).ok).toBe(true);
  });
});
