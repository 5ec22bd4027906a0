import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, memberships, workspaces } from '@/db/schema';
import { ROLES } from '@/db/schema/workspaces';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from './action';
import { can } from './policy';
// Importing the actions registers every workspace action in the registry.
import '@/lib/workspaces/actions';
import '@/lib/diagnostic/actions';
import '@/lib/actors/actions';
import '@/lib/actors/import-actions';
import '@/lib/census/actions';
import '@/lib/strategy-document/actions';
import '@/lib/competencies/actions';
import '@/lib/departments/actions';
import '@/lib/external-actions/actions';
import '@/lib/strategy/actions';
import { createAxis, createIndicator, recordIndicatorValue } from '@/lib/strategy/queries';
import { diagnosticFollowUps } from '@/db/schema';
import { createCustomCompetency } from '@/lib/competencies/queries';
import { addDepartmentBudgetLine, createDepartment } from '@/lib/departments/queries';
import { createExternalAction, getExternalActionDetail, recordObservedReturn } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { initializeOutline } from '@/lib/strategy-document/queries';
import { censusLinks, censusResponses } from '@/db/schema';
import { actors } from '@/db/schema';
import { createDiagnostic } from '@/lib/diagnostic/queries';

/** Actions that only write the caller's own workspace (creations, its profile): no foreign row to aim at. */
const CREATIONS = new Set(['members.invite', 'actors.create', 'diagnostic.create', 'workspace.update', 'actors.importPreview', 'actors.import', 'census.createLink', 'document.initialize', 'document.addSection', 'document.saveVersion', 'competencies.setHidden', 'competencies.create', 'strategy.save', 'strategy.createAxis']);

describe('workspace actions, as every role and from outside', () => {
  it('registers every workspace action', () => {
    expect(workspaceActionRegistry.map((a) => a.name).sort()).toEqual(
      [
        'invitations.revoke', 'members.invite', 'members.remove', 'members.updateRole', 'workspace.update',
        'diagnostic.create', 'diagnostic.update', 'diagnostic.delete', 'diagnostic.assign', 'diagnostic.answer',
        'diagnostic.complete', 'diagnostic.followUpCreate', 'diagnostic.followUpUpdate',
        'actors.create', 'actors.update', 'actors.move', 'actors.delete', 'actors.contact.export', 'actors.contact.erase',
        'relations.create', 'relations.delete',
        'actors.importPreview', 'actors.import', 'census.createLink', 'census.setLinkOpen', 'census.accept', 'census.reject',
        'document.initialize', 'document.addSection', 'document.renameSection', 'document.removeSection', 'document.moveSection',
        'document.assignSection', 'document.saveVersion',
        'externalActions.create', 'externalActions.update', 'externalActions.delete', 'externalActions.recordObserved', 'externalActions.deleteObserved',
        'competencies.setHidden', 'competencies.create', 'competencies.update', 'competencies.delete',
        'departments.create', 'departments.update', 'departments.delete', 'departments.addBudgetLine', 'departments.deleteBudgetLine',
        'strategy.save', 'strategy.createAxis', 'strategy.updateAxis', 'strategy.deleteAxis', 'strategy.placeAction', 'strategy.proposePlacement',
        'strategy.attachFollowUp', 'strategy.createIndicator', 'strategy.updateIndicator', 'strategy.deleteIndicator', 'strategy.recordValue', 'strategy.deleteValue',
      ].sort(),
    );
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
      // Plausible inputs aimed at B's own rows, sent by A's admin.
      const bMembership = db.select().from(memberships).where(eq(memberships.workspaceId, b.id)).all()[1]!;
      const bDiagnostic = db.transaction((tx) => createDiagnostic(tx, target, { title: 'B', heldOn: '2026-01-01' })).data.id;
      const bSection = db.transaction((tx) => initializeOutline(tx, target, { locale: 'fr' })).data.ids[0]!;
      const bActor = db
        .insert(actors)
        .values({ id: `actor-${b.id}`, workspaceId: b.id, family: 'external', category: 'embassy', name: 'B actor', normalizedName: 'b actor', themes: [], languages: [], influence: 3, interest: 3, tags: [], createdAt: new Date(), updatedAt: new Date() })
        .returning({ id: actors.id })
        .get().id;
      const actorInput = { name: 'Intrusion', category: 'association', influence: 3, interest: 3 };
      const bCensusLink = db.insert(censusLinks).values({ id: `census-${b.id}`, workspaceId: b.id, title: 'B', token: `token-${b.id}`, open: true, createdAt: new Date() }).returning({ id: censusLinks.id }).get().id;
      const bCensusResponse = db.insert(censusResponses).values({ id: `answer-${b.id}`, workspaceId: b.id, linkId: bCensusLink, status: 'pending', payload: { organisation: 'B', category: 'association', city: 'B', links: [] }, submittedAt: new Date() }).returning({ id: censusResponses.id }).get().id;
      const bDepartment = db.transaction((tx) => createDepartment(tx, target, { name: 'B department', description: null, pointPersonUserId: null, pointPersonActorId: null, languages: ['fr'] })).data.id;
      const bLine = db.transaction((tx) => addDepartmentBudgetLine(tx, target, { departmentId: bDepartment, label: 'B line', year: 2026, amount: 100, fundingSource: 'own_funds' })).data.id;
      const bCompetency = db.transaction((tx) => createCustomCompetency(tx, target, { title: 'B competency', domain: 'culture', nature: 'optional', reference: null, note: null })).data.id;
      const actionInput = { title: 'Intrusion', type: 'twinning', status: 'idea', partnerIds: [bActor], departments: [{ departmentId: bDepartment, mode: 'lead' }] };
      const bAction = db.transaction((tx) => createExternalAction(tx, target, ExternalActionInput.parse({ ...actionInput, title: 'B action', expectedReturns: [{ category: 'economic', description: 'B expected' }] }))).data.id;
      const bExpected = getExternalActionDetail(db, target, bAction).expected[0]!.id;
      const bObserved = db.transaction((tx) => recordObservedReturn(tx, target, { actionId: bAction, expectedReturnId: bExpected, category: 'economic', description: 'B observed', evidence: 'B', observedOn: '2026-01-01', value: null })).data.id;
      const bAxis = db.transaction((tx) => createAxis(tx, target, { title: 'B axis', objectives: ['B objective'] })).data.id;
      const bIndicator = db.transaction((tx) => createIndicator(tx, target, { axisId: bAxis, actionId: null, name: 'B indicator', unit: 'n', baseline: 0, target: 10, targetDate: '2027-01-01', ownerId: null, frequency: 'yearly' })).data.id;
      const bValue = db.transaction((tx) => recordIndicatorValue(tx, target, { indicatorId: bIndicator, observedOn: '2026-01-01', value: 3, source: 'B source' })).data.id;
      const bFollowUp = db.insert(diagnosticFollowUps).values({ id: `follow-${b.id}`, workspaceId: b.id, diagnosticId: bDiagnostic, ruleKey: 'no_common_thread', title: 'B item', status: 'open', createdAt: new Date(), updatedAt: new Date() }).returning({ id: diagnosticFollowUps.id }).get().id;
      const indicatorInput = { name: 'Intrusion', unit: 'n', baseline: 0, target: 1, targetDate: '2027-01-01', frequency: 'yearly' };
      const importTable = { fileName: 'a.csv', format: 'csv', headers: ['Nom', 'Catégorie'], rows: [{ line: 2, cells: ['Intrusion', 'association'] }] };
      const inputs = {
        'actors.create': actorInput,
        'actors.update': { ...actorInput, id: bActor },
        'actors.move': { id: bActor, influence: 5, interest: 5 },
        'actors.delete': { id: bActor },
        'actors.contact.export': { id: bActor },
        'actors.contact.erase': { id: bActor },
        'relations.create': { sourceId: bActor, targetId: bActor, type: 'partnership', strength: 3 },
        'relations.delete': { id: 'x' },
        'actors.importPreview': { table: importTable },
        'actors.import': { table: importTable, mapping: { name: 0, category: 1 }, decisions: {} },
        'census.createLink': { title: 'Intrusion' },
        'census.setLinkOpen': { id: bCensusLink, open: false },
        'census.accept': { id: bCensusResponse, mode: 'create' },
        'census.reject': { id: bCensusResponse },
        'diagnostic.create': { title: 'Intrusion', heldOn: '2026-01-01' },
        'diagnostic.update': { diagnosticId: bDiagnostic, title: 'Hijacked', heldOn: '2026-01-01' },
        'diagnostic.delete': { diagnosticId: bDiagnostic },
        'diagnostic.assign': { diagnosticId: bDiagnostic, dimension: 'vision', userIds: [] },
        'diagnostic.answer': { diagnosticId: bDiagnostic, dimension: 'vision', answers: [{ questionKey: 'vision.common_thread', value: '4' }] },
        'diagnostic.complete': { diagnosticId: bDiagnostic },
        'diagnostic.followUpCreate': { diagnosticId: bDiagnostic, ruleKey: 'no_common_thread', title: 'Intrusion', ownerId: null, dueOn: null },
        'diagnostic.followUpUpdate': { followUpId: 'x', title: 'Intrusion', ownerId: null, dueOn: null, status: 'done' },
        'workspace.update': { name: 'Hijacked', level: 'region', country: 'FR', population: 1, languages: ['fr'] },
        'members.updateRole': { membershipId: bMembership.id, role: 'admin' },
        'members.remove': { membershipId: bMembership.id },
        'members.invite': { email: 'intruder@test.local', role: 'admin' },
        'invitations.revoke': { invitationId: 'x' },
        'document.initialize': { locale: 'fr' },
        'document.addSection': { title: 'Intrusion' },
        'document.renameSection': { sectionId: bSection, title: 'Hijacked' },
        'document.removeSection': { sectionId: bSection },
        'document.moveSection': { sectionId: bSection, direction: 'down' },
        'document.assignSection': { sectionId: bSection, assigneeId: null },
        'document.saveVersion': { name: 'Intrusion', note: '' },
        'externalActions.create': actionInput,
        'externalActions.update': { ...actionInput, id: bAction, version: 1 },
        'externalActions.delete': { id: bAction },
        'externalActions.recordObserved': { actionId: bAction, expectedReturnId: bExpected, category: 'economic', description: 'Intrusion', evidence: 'Intrusion', observedOn: '2026-01-01' },
        'externalActions.deleteObserved': { id: bObserved },
        'competencies.setHidden': { key: 'commune.schools', hidden: true },
        'competencies.create': { title: 'Intrusion', domain: 'culture', nature: 'optional' },
        'competencies.update': { id: bCompetency, title: 'Hijacked', domain: 'culture', nature: 'optional' },
        'competencies.delete': { id: bCompetency },
        'departments.create': { name: 'Intrusion', pointPersonUserId: b.people.contributor.id, languages: ['fr'] },
        'departments.update': { id: bDepartment, name: 'Hijacked', languages: ['fr'] },
        'departments.delete': { id: bDepartment },
        'departments.addBudgetLine': { departmentId: bDepartment, label: 'Intrusion', year: 2026, amount: '10', fundingSource: 'eu' },
        'departments.deleteBudgetLine': { id: bLine },
        'strategy.save': { periodStart: 2026, periodEnd: 2031, vision: 'Intrusion vision', thread: 'Intrusion thread', principles: '', version: 0 },
        'strategy.createAxis': { title: 'Intrusion', objectives: 'Objective' },
        'strategy.updateAxis': { axisId: bAxis, title: 'Hijacked', objectives: 'Objective' },
        'strategy.deleteAxis': { axisId: bAxis },
        'strategy.placeAction': { actionId: bAction, placement: bAxis },
        'strategy.proposePlacement': { actionId: bAction, axisId: bAxis },
        'strategy.attachFollowUp': { followUpId: bFollowUp, axisId: bAxis },
        'strategy.createIndicator': { ...indicatorInput, axisId: bAxis },
        'strategy.updateIndicator': { ...indicatorInput, indicatorId: bIndicator },
        'strategy.deleteIndicator': { indicatorId: bIndicator },
        'strategy.recordValue': { indicatorId: bIndicator, observedOn: '2026-01-01', value: 1, source: 'Intrusion' },
        'strategy.deleteValue': { valueId: bValue },
      } as Record<string, unknown>;
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
    const editorMembership = db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, ws.people.editor.id))
      .get()!;
    const invite = workspaceActionRegistry.find((d) => d.name === 'members.invite')!;
    expect(executeWorkspaceAction(invite, ws.people.editor.id, ws.id, { email: 'a@test.local', role: 'editor' })).toMatchObject({ code: 'forbidden' });
    expect(executeWorkspaceAction(def, ws.people.admin.id, ws.id, { membershipId: editorMembership.id, role: 'admin' }).ok).toBe(true);
    expect(executeWorkspaceAction(invite, ws.people.editor.id, ws.id, { email: 'a@test.local', role: 'editor' }).ok).toBe(true);
  });
});
