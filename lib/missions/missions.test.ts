import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actorRelations, actors, missionContacts, notifications, observedReturns } from '@/db/schema';
import { databaseFingerprint, makeUser } from '@/lib/test/fixtures';
import { getBudgetConsolidation, getReturnsGap } from '@/lib/external-actions/queries';
import { MissionFilter, type MissionFormValues } from './schemas';
import { getMission, getMissionDetail, listLateDebriefs, listMissionFilterOptions, listMissions, listPartnershipMissions } from './queries';
import { missionBudgetCells } from '@/lib/mission-costs';
import { getDebriefDetail, listActorMissionContacts } from './debrief';
import { createMission, missionValues, run, setUp } from './test-setup';

describe('the missions register', () => {
  it('records a mission with its participants, programme, costs and documents, and notifies the debrief assignee', () => {
    const s = setUp('missions-create');
    const id = createMission(s);
    const detail = getMissionDetail(db, s.ws.ctx('editor'), id, '2026-03-10');
    expect(detail.mission).toMatchObject({
      title: 'Mission à Nioro-Kaya',
      country: 'SN',
      debriefDays: 10,
      documents: [{ label: 'Programme', url: 'https://example.org/programme.pdf' }],
    });
    expect(detail.participants.map((p) => p.departmentName).filter(Boolean)).toEqual(['Culture', 'Économie', 'Jeunesse']);
    expect(detail.meetings.map((m) => [m.day, m.actorName])).toEqual([
      ['2026-03-03', 'Commune de Nioro-Kaya'],
      ['2026-03-04', null],
    ]);
    expect(detail.budgetLines[0]!.amountCents).toBe(125050);
    expect(detail.actions.map((a) => a.id)).toEqual([s.action]);
    expect(detail.debrief).toEqual({ due: '2026-03-16', late: false, submitted: false });
    const sent = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.workspaceId, s.ws.id), eq(notifications.userId, s.ws.people.contributor.id)))
      .all();
    expect(sent.map((n) => [n.kind, n.href, n.params])).toEqual([
      ['debrief_assigned', `/missions/${id}/debrief`, { title: 'Mission à Nioro-Kaya', due: '2026-03-16' }],
    ]);
  });

  it('refuses an end before the start, a meeting outside the stay and an assignee who is not a participant, changing nothing', () => {
    const s = setUp('missions-bad');
    const before = databaseFingerprint();
    const endFirst = run('missions.create', s.ws, 'editor', missionValues(s, { endDate: '2026-03-01' }));
    expect(endFirst).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { endDate: 'endBeforeStart' } });
    const outside = run('missions.create', s.ws, 'editor', missionValues(s, { meetings: [{ day: '2026-04-01', subject: 'Trop tard' }] }));
    expect(outside).toMatchObject({ ok: false, fieldErrors: { 'meetings.0.day': 'meetingOutsideMission' } });
    const notParticipant = run('missions.create', s.ws, 'editor', missionValues(s, { debriefAssigneeId: s.ws.people.admin.id }));
    expect(notParticipant).toMatchObject({ ok: false, fieldErrors: { debriefAssigneeId: 'assigneeNotParticipant' } });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('refuses participants, actors, actions, departments and partnerships of another workspace, changing nothing', () => {
    const s = setUp('missions-foreign');
    const t = setUp('missions-foreign-other');
    const before = databaseFingerprint();
    const cases: [Partial<MissionFormValues>, string][] = [
      [{ participants: [{ kind: 'member', userId: t.ws.people.editor.id }], debriefAssigneeId: '' }, 'participants'],
      [{ participants: [{ kind: 'actor', actorId: t.nioro }], debriefAssigneeId: '' }, 'participants'],
      [{ participants: [{ kind: 'agent', name: 'X', departmentId: t.culture }], debriefAssigneeId: '' }, 'participants'],
      [{ meetings: [{ day: '2026-03-03', actorId: t.nioro, subject: 'Ailleurs' }] }, 'meetings'],
      [{ actionIds: [t.action] }, 'actionIds'],
      [{ partnershipId: t.partnership }, 'partnershipId'],
    ];
    for (const [extra, field] of cases) {
      const result = run('missions.create', s.ws, 'editor', missionValues(s, extra));
      expect(result, field).toMatchObject({ ok: false, code: 'invalid', message: 'foreignReference', fieldErrors: { [field]: 'foreignReference' } });
    }
    // A "1 %" scheme the commune does not run (mobility is not a commune's: CGCT L1115-3).
    const scheme = run(
      'missions.create',
      s.ws,
      'editor',
      missionValues(s, { budgetLines: [{ year: '2026', amount: '10', fundingSource: 'solidarity_mobility' }] }),
    );
    expect(scheme).toMatchObject({ ok: false, fieldErrors: { 'budgetLines.0.fundingSource': 'fundingSourceNotOffered' } });
    // A partner of the workspace cannot take part as a member.
    const partner = run(
      'missions.create',
      s.ws,
      'editor',
      missionValues(s, { participants: [{ kind: 'member', userId: s.ws.people.partner.id }], debriefAssigneeId: '' }),
    );
    expect(partner).toMatchObject({ ok: false, message: 'foreignReference' });
    // A reviewer takes part but cannot write a debrief.
    const reviewer = run(
      'missions.create',
      s.ws,
      'editor',
      missionValues(s, { participants: [{ kind: 'member', userId: s.ws.people.reviewer.id }], debriefAssigneeId: s.ws.people.reviewer.id }),
    );
    expect(reviewer).toMatchObject({ ok: false, fieldErrors: { debriefAssigneeId: 'assigneeCannotDebrief' } });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('lets only managers write missions; updates guard against stale versions; delete removes everything linked', () => {
    const s = setUp('missions-write');
    const id = createMission(s);
    const outsider = makeUser('Outsider');
    const before = databaseFingerprint();
    for (const role of ['contributor', 'reviewer', 'partner'] as const) {
      expect(run('missions.create', s.ws, role, missionValues(s)), role).toMatchObject({ ok: false, code: 'forbidden' });
      expect(run('missions.delete', s.ws, role, { id }), role).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(run('missions.delete', s.ws, 'editor', { id }, outsider.id)).toMatchObject({ ok: false, code: 'not_found' });
    expect(databaseFingerprint()).toEqual(before);
    const updated = run('missions.update', s.ws, 'editor', { ...missionValues(s, { title: 'Mission revue', meetings: [] }), id, version: 1 });
    expect(updated).toEqual({ ok: true, data: { version: 2 } });
    const stale = run('missions.update', s.ws, 'admin', { ...missionValues(s, { title: 'Écrase' }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(getMission(db, s.ws.ctx('editor'), id).title).toBe('Mission revue');
    expect(getMissionDetail(db, s.ws.ctx('editor'), id).meetings).toEqual([]);
    expect(run('missions.delete', s.ws, 'admin', { id })).toEqual({ ok: true, data: null });
    expect(() => getMission(db, s.ws.ctx('editor'), id)).toThrow(/missionNotFound/);
  });

  it('filters, sorts and paginates the table in SQL, and flags late debriefs', () => {
    const s = setUp('missions-table');
    const a = createMission(s);
    const b = createMission(s, {
      title: 'Délégation de Bamako reçue',
      direction: 'received',
      kind: 'cultural',
      country: 'ML',
      partnershipId: s.otherPartnership,
      startDate: '2025-11-10',
      endDate: '2025-11-12',
      meetings: [],
    });
    const c = createMission(s, { title: 'Mission à venir', startDate: '2026-09-01', endDate: '2026-09-05', meetings: [], partnershipId: '' });
    const ctx = s.ws.ctx('reviewer');
    const list = (f: Record<string, unknown>, today = '2026-04-01') => listMissions(db, ctx, MissionFilter.parse(f), today);
    expect(list({}).rows.map((r) => r.id)).toEqual([c, a, b]);
    expect(list({ sort: 'title', dir: 'asc' }).rows.map((r) => r.id)).toEqual([b, a, c]);
    expect(list({ kind: 'cultural' }).rows.map((r) => r.id)).toEqual([b]);
    expect(list({ year: '2025' }).rows.map((r) => r.id)).toEqual([b]);
    expect(list({ country: 'sn' }).rows.map((r) => r.id)).toEqual([c, a]);
    expect(list({ partnership: s.partnership }).rows.map((r) => r.id)).toEqual([a]);
    expect(list({ direction: 'received' }).rows.map((r) => r.id)).toEqual([b]);
    const late = list({ debrief: 'late' });
    expect(late.rows.map((r) => [r.id, r.late, r.debriefDue])).toEqual([
      [a, true, '2026-03-16'],
      [b, true, '2025-11-22'],
    ]);
    expect(list({}).rows.find((r) => r.id === a)).toMatchObject({
      departmentCount: 3,
      participantCount: 6,
      budgetCents: 125050,
      late: true,
      partnershipTitle: 'Nioro-Kaya',
    });
    const page = list({ size: 10, page: 2 });
    expect(page).toMatchObject({ total: 3, rows: [] });
    expect(listMissionFilterOptions(db, ctx)).toMatchObject({ years: [2026, 2025], partnerships: [{ title: 'Nioro-Kaya' }, { title: 'Tamboura' }] });
    // The journey: managers see every late debrief, the contributor theirs, the reviewer none.
    expect(listLateDebriefs(db, s.ws.ctx('editor'), '2026-04-01').total).toBe(2);
    expect(listLateDebriefs(db, s.ws.ctx('contributor'), '2026-04-01').total).toBe(2);
    expect(listLateDebriefs(db, s.ws.ctx('reviewer'), '2026-04-01').total).toBe(0);
    expect(listLateDebriefs(db, s.ws.ctx('contributor'), '2026-03-10').total).toBe(1);
  });

  it('shows a partner only the missions of their own partnership', () => {
    const s = setUp('missions-partner');
    const mine = createMission(s);
    const theirs = createMission(s, { title: 'Tamboura', partnershipId: s.otherPartnership });
    const none = createMission(s, { title: 'Sans partenariat', partnershipId: '' });
    const partner = s.ws.ctx('partner');
    expect(listMissions(db, partner, MissionFilter.parse({})).rows.map((r) => r.id)).toEqual([mine]);
    expect(getMission(db, partner, mine).id).toBe(mine);
    expect(() => getMission(db, partner, theirs)).toThrow(/missionNotFound/);
    expect(() => getMission(db, partner, none)).toThrow(/missionNotFound/);
    expect(listMissionFilterOptions(db, partner).partnerships.map((p) => p.id)).toEqual([s.partnership]);
    expect(listPartnershipMissions(db, partner, s.partnership).map((m) => m.id)).toEqual([mine]);
    expect(listPartnershipMissions(db, partner, s.otherPartnership)).toEqual([]);
    expect(listPartnershipMissions(db, s.ws.ctx('reviewer'), s.otherPartnership).map((m) => m.id)).toEqual([theirs]);
    // Another workspace's member finds nothing either.
    const t = setUp('missions-partner-other');
    expect(() => getMission(db, t.ws.ctx('admin'), mine)).toThrow(/missionNotFound/);
  });

  it('counts mission costs in the consolidated budget, by department and source, like departments’ own lines', () => {
    const s = setUp('missions-budget');
    const before = getBudgetConsolidation(db, s.ws.ctx('editor'));
    createMission(s, {
      budgetLines: [
        { year: '2026', amount: '1 250,50', fundingSource: 'own_funds', departmentId: s.culture, label: 'Billets' },
        { year: '2026', amount: '100', fundingSource: 'foreign_ministry', departmentId: '', label: 'Taxis' },
      ],
    });
    expect(missionBudgetCells(db, s.ws.id)).toEqual(
      expect.arrayContaining([
        { year: 2026, departmentId: s.culture, source: 'own_funds', cents: 125050 },
        { year: 2026, departmentId: '__none', source: 'foreign_ministry', cents: 10000 },
      ]),
    );
    const after = getBudgetConsolidation(db, s.ws.ctx('editor'));
    expect(after.bySource.total - before.bySource.total).toBe(135050);
    expect(after.byDepartment.rows.find((r) => r.key === s.culture)?.total).toBe(125050);
    // Every table adds up to the same total.
    expect(after.byDepartment.total).toBe(after.bySource.total);
    expect(after.byCompetency.total).toBe(after.bySource.total);
    // Another workspace's missions count nothing here.
    const t = setUp('missions-budget-other');
    expect(getBudgetConsolidation(db, t.ws.ctx('editor')).bySource.total).toBe(0);
  });
});

describe('the debrief', () => {
  const contactInput = (s: ReturnType<typeof setUp>, missionId: string, extra: Record<string, unknown> = {}) => ({
    missionId,
    name: 'Association des femmes de Nioro',
    category: 'partner_ngo',
    country: 'SN',
    city: 'Nioro',
    relatedActorId: s.nioro,
    relationType: 'partnership',
    strength: '4',
    metOn: '2026-03-04',
    ...extra,
  });

  it('lets the assigned contributor fill it: a new actor and relation, an observed return tied to the expected one, a follow-up, then hand it in', () => {
    const s = setUp('debrief-fill');
    const id = createMission(s);
    const contact = run('missions.addContact', s.ws, 'contributor', contactInput(s, id));
    expect(contact.ok).toBe(true);
    const { actorId, relationId } = (contact as { data: { actorId: string; relationId: string } }).data;
    expect(db.select().from(actors).where(eq(actors.id, actorId)).get()).toMatchObject({
      name: 'Association des femmes de Nioro',
      family: 'external',
      workspaceId: s.ws.id,
      createdBy: s.ws.people.contributor.id,
    });
    expect(db.select().from(actorRelations).where(eq(actorRelations.id, relationId)).get()).toMatchObject({
      sourceId: s.nioro,
      targetId: actorId,
      strength: 4,
      startDate: '2026-03-04',
    });
    // Meeting the same actor again updates the relation's strength instead of adding one.
    const again = run('missions.addContact', s.ws, 'contributor', {
      missionId: id,
      actorId,
      relatedActorId: s.nioro,
      relationType: 'partnership',
      strength: '5',
      metOn: '2026-03-05',
    });
    expect(again).toMatchObject({ ok: true, data: { actorId, relationId } });
    expect(db.select().from(actorRelations).where(eq(actorRelations.id, relationId)).get()?.strength).toBe(5);
    expect(listActorMissionContacts(db, s.ws.ctx('reviewer'), actorId).map((c) => c.metOn)).toEqual(['2026-03-05', '2026-03-04']);

    const gapBefore = getReturnsGap(db, s.ws.ctx('editor'));
    const ret = run('missions.addReturn', s.ws, 'contributor', {
      missionId: id,
      actionId: s.action,
      expectedReturnId: s.expectedId,
      category: 'networking',
      description: 'Deux associations jumelées',
      evidence: 'Convention signée',
      observedOn: '2026-03-05',
    });
    expect(ret.ok).toBe(true);
    const gap = getReturnsGap(db, s.ws.ctx('editor'));
    const networking = (g: typeof gap) =>
      g.rows.find((r: { category: string }) => r.category === 'networking') as { met: number; observed: number } | undefined;
    expect(networking(gapBefore)?.met ?? 0).toBe(0);
    expect(networking(gap)).toMatchObject({ met: 1, observed: 1 });

    expect(
      run('missions.addFollowUp', s.ws, 'contributor', { missionId: id, title: 'Envoyer la convention', ownerId: s.ws.people.editor.id, dueDate: '2026-04-15' })
        .ok,
    ).toBe(true);
    expect(
      run('missions.saveDebrief', s.ws, 'contributor', { missionId: id, summary: 'Comité tenu, chantier visité.', notes: 'Très bon accueil.', submit: true }),
    ).toEqual({ ok: true, data: { submitted: true } });
    const detail = getDebriefDetail(db, s.ws.ctx('reviewer'), id);
    expect(detail.contacts).toHaveLength(2);
    expect(detail.returns.map((r) => r.expectedDescription)).toEqual(['Des liens entre associations']);
    expect(detail.followUps.map((f) => [f.title, f.ownerName, f.dueDate])).toEqual([['Envoyer la convention', s.ws.people.editor.name, '2026-04-15']]);
    expect(getMissionDetail(db, s.ws.ctx('editor'), id, '2026-05-01').debrief).toMatchObject({ submitted: true, late: false });
    expect(listMissions(db, s.ws.ctx('editor'), MissionFilter.parse({ debrief: 'late' }), '2026-05-01').total).toBe(0);
  });

  it('refuses a debrief on someone else’s mission, a wrong action or expected return, a contact outside the stay or of another workspace, changing nothing', () => {
    const s = setUp('debrief-refusals');
    const id = createMission(s);
    const notMine = createMission(s, { title: 'Autre', debriefAssigneeId: s.ws.people.editor.id });
    const t = setUp('debrief-refusals-other');
    const before = databaseFingerprint();
    expect(run('missions.saveDebrief', s.ws, 'contributor', { missionId: notMine, summary: 'x', submit: false })).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'debriefNotYours',
    });
    expect(run('missions.addContact', s.ws, 'contributor', contactInput(s, notMine))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('missions.saveDebrief', s.ws, 'reviewer', { missionId: id, summary: 'x', submit: false })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('missions.saveDebrief', s.ws, 'partner', { missionId: id, summary: 'x', submit: false })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('missions.saveDebrief', t.ws, 'admin', { missionId: id, summary: 'x', submit: false })).toMatchObject({ ok: false, code: 'not_found' });
    expect(run('missions.saveDebrief', s.ws, 'contributor', { missionId: id, summary: '', submit: true })).toMatchObject({
      ok: false,
      fieldErrors: { summary: 'summaryRequired' },
    });
    expect(run('missions.addContact', s.ws, 'contributor', contactInput(s, id, { metOn: '2026-02-01' }))).toMatchObject({
      ok: false,
      fieldErrors: { metOn: 'contactOutsideMission' },
    });
    expect(run('missions.addContact', s.ws, 'contributor', contactInput(s, id, { relatedActorId: t.nioro }))).toMatchObject({
      ok: false,
      message: 'foreignReference',
    });
    expect(run('missions.addContact', s.ws, 'contributor', contactInput(s, id, { name: '', actorId: t.other }))).toMatchObject({
      ok: false,
      message: 'foreignReference',
      fieldErrors: { actorId: 'foreignReference' },
    });
    const ret = { missionId: id, actionId: s.action, category: 'networking', description: 'Des liens', evidence: 'Une preuve', observedOn: '2026-03-05' };
    expect(run('missions.addReturn', s.ws, 'contributor', { ...ret, actionId: t.action })).toMatchObject({
      ok: false,
      fieldErrors: { actionId: 'actionNotOfMission' },
    });
    expect(run('missions.addReturn', s.ws, 'contributor', { ...ret, expectedReturnId: t.expectedId })).toMatchObject({
      ok: false,
      fieldErrors: { expectedReturnId: 'expectedNotOfAction' },
    });
    expect(run('missions.addReturn', s.ws, 'contributor', { ...ret, expectedReturnId: s.expectedId, category: 'economic' })).toMatchObject({
      ok: false,
      fieldErrors: { category: 'categoryMismatch' },
    });
    expect(
      run('missions.addFollowUp', s.ws, 'contributor', { missionId: id, title: 'Suite', ownerId: t.ws.people.editor.id, dueDate: '2026-04-01' }),
    ).toMatchObject({ ok: false, message: 'foreignReference' });
    expect(
      run('missions.addFollowUp', s.ws, 'contributor', { missionId: id, title: 'Suite', ownerId: s.ws.people.partner.id, dueDate: '2026-04-01' }),
    ).toMatchObject({ ok: false, message: 'foreignReference' });
    expect(run('missions.removeDebriefEntry', s.ws, 'contributor', { missionId: id, kind: 'followUp', id: crypto.randomUUID() })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('removes a debrief entry: a contact leaves the actor on the map, a return leaves the gap; a follow-up’s owner closes it', () => {
    const s = setUp('debrief-remove');
    const id = createMission(s);
    const contact = run('missions.addContact', s.ws, 'editor', contactInput(s, id)) as { ok: true; data: { id: string; actorId: string } };
    const ret = run('missions.addReturn', s.ws, 'editor', {
      missionId: id,
      actionId: s.action,
      category: 'economic',
      description: 'Des ventes',
      evidence: 'Factures',
      observedOn: '2026-03-05',
    }) as {
      ok: true;
      data: { id: string };
    };
    const follow = run('missions.addFollowUp', s.ws, 'editor', { missionId: id, title: 'Suite', ownerId: s.ws.people.admin.id, dueDate: '2026-04-01' }) as {
      ok: true;
      data: { id: string };
    };
    expect(run('missions.setFollowUpDone', s.ws, 'admin', { id: follow.data.id, done: true }).ok).toBe(true);
    expect(run('missions.removeDebriefEntry', s.ws, 'editor', { missionId: id, kind: 'contact', id: contact.data.id }).ok).toBe(true);
    expect(db.select().from(missionContacts).where(eq(missionContacts.missionId, id)).all()).toEqual([]);
    expect(db.select().from(actors).where(eq(actors.id, contact.data.actorId)).get()).toBeTruthy();
    expect(run('missions.removeDebriefEntry', s.ws, 'editor', { missionId: id, kind: 'return', id: ret.data.id }).ok).toBe(true);
    expect(db.select().from(observedReturns).where(eq(observedReturns.id, ret.data.id)).get()).toBeUndefined();
    expect(getDebriefDetail(db, s.ws.ctx('editor'), id).followUps.map((f) => f.done)).toEqual([true]);
  });
});
