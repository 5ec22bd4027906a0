import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actionMilestones, auditLog, memberships } from '@/db/schema';
import { databaseFingerprint, insertPartnerAuthority, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { Forbidden, NotFound } from '@/lib/errors';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { createAxis } from '@/lib/strategy/queries';
import { setPlacement } from '@/lib/strategy/placement-queries';
import { AxisInput, PlacementInput } from '@/lib/strategy/schemas';
import { createMilestone, listActionMilestones, listMilestonesInRange, milestonesByAxis } from './queries';
import { milestoneStatus } from './status';
import './actions';
import { auditedActions } from '@/lib/test/audit';

type Ws = ReturnType<typeof makeWorkspace>;

const action = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;
const clock = () => new Date('2026-05-10T12:00:00Z');

function foreignAuthority(ws: Ws, name: string) {
  return insertPartnerAuthority(ws.id, name);
}

function newAction(ws: Ws, title: string, partnerIds: string[] = []) {
  return db.transaction((tx) =>
    createExternalAction(tx, ws.ctx('editor'), ExternalActionInput.parse({ title, type: 'decentralised_cooperation', status: 'running', partnerIds })),
  ).data.id;
}

describe('milestones on actions', () => {
  it('derives the status from the days: done, late, planned', () => {
    expect(milestoneStatus({ dueOn: '2026-05-01', doneOn: '2026-05-02' }, '2026-05-10')).toBe('done');
    expect(milestoneStatus({ dueOn: '2026-05-09', doneOn: null }, '2026-05-10')).toBe('late');
    expect(milestoneStatus({ dueOn: '2026-05-10', doneOn: null }, '2026-05-10')).toBe('planned');
  });

  it('records, marks done and deletes a milestone through the action wrapper, audited', () => {
    const ws = makeWorkspace('ms-alpha');
    const id = newAction(ws, 'Coopération Nioro');
    const created = executeWorkspaceAction(action('milestones.create'), ws.people.editor.id, ws.id, {
      actionId: id,
      kind: 'instalment_received',
      label: 'Premier versement',
      dueOn: '2026-05-01',
      doneOn: '',
    });
    expect(created.ok).toBe(true);
    const milestoneId = (created as { data: { id: string } }).data.id;
    expect(listActionMilestones(db, ws.ctx('reviewer'), id, clock).map((m) => [m.kind, m.label, m.status])).toEqual([
      ['instalment_received', 'Premier versement', 'late'],
    ]);
    expect(executeWorkspaceAction(action('milestones.setDone'), ws.people.editor.id, ws.id, { id: milestoneId, doneOn: '2026-05-03' }).ok).toBe(true);
    expect(listActionMilestones(db, ws.ctx('editor'), id, clock)[0]).toMatchObject({ status: 'done', doneOn: '2026-05-03' });
    expect(executeWorkspaceAction(action('milestones.delete'), ws.people.admin.id, ws.id, { id: milestoneId }).ok).toBe(true);
    expect(listActionMilestones(db, ws.ctx('editor'), id, clock)).toEqual([]);
    const audited = auditedActions(eq(auditLog.entityId, milestoneId));
    expect(audited).toEqual(['milestone.create', 'milestone.update', 'milestone.delete']);
  });

  it('refuses bad input, a reviewer, a contributor outside the action and another workspace, changing nothing', () => {
    const a = makeWorkspace('ms-bravo');
    const b = makeWorkspace('ms-charlie');
    const id = newAction(a, 'Jumelage');
    const bId = newAction(b, 'Secret');
    const bMilestone = db.transaction((tx) =>
      createMilestone(tx, b.ctx('editor'), { actionId: bId, kind: 'mission', label: null, dueOn: '2026-06-01', doneOn: null }),
    ).data.id;
    const before = databaseFingerprint();
    const create = action('milestones.create');
    const bad = executeWorkspaceAction(create, a.people.editor.id, a.id, { actionId: id, kind: 'picnic', dueOn: '2026-13-45' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { kind: 'choose', dueOn: 'dateFormat' } });
    const future = executeWorkspaceAction(create, a.people.editor.id, a.id, { actionId: id, kind: 'mission', dueOn: '2026-01-01', doneOn: '2099-01-01' });
    expect(future).toMatchObject({ ok: false, fieldErrors: { doneOn: 'doneInFuture' } });
    expect(executeWorkspaceAction(create, a.people.reviewer.id, a.id, { actionId: id, kind: 'mission', dueOn: '2026-01-01' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    // A contributor whose department does not take part in the action.
    expect(executeWorkspaceAction(create, a.people.contributor.id, a.id, { actionId: id, kind: 'mission', dueOn: '2026-01-01' })).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'actionNotYours',
    });
    // Another workspace's action or milestone, from workspace a.
    expect(executeWorkspaceAction(create, a.people.admin.id, a.id, { actionId: bId, kind: 'mission', dueOn: '2026-01-01' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(executeWorkspaceAction(action('milestones.delete'), a.people.admin.id, a.id, { id: bMilestone })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(action('milestones.setDone'), a.people.admin.id, b.id, { id: bMilestone, doneOn: '2026-01-01' })).toMatchObject({
      ok: false,
    });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('shows a partner only the milestones of the actions shared with their authority', () => {
    const ws = makeWorkspace('ms-delta');
    const nioro = foreignAuthority(ws, 'Nioro');
    const shared = newAction(ws, 'Avec Nioro', [nioro]);
    const hidden = newAction(ws, 'Sans partenaire');
    for (const actionId of [shared, hidden])
      db.transaction((tx) => createMilestone(tx, ws.ctx('editor'), { actionId, kind: 'report_due', label: null, dueOn: '2026-05-20', doneOn: null }));
    db.update(memberships).set({ actorId: nioro }).where(eq(memberships.userId, ws.people.partner.id)).run();
    const partner = loadMemberContext(ws.people.partner.id, { id: ws.id });
    expect(listMilestonesInRange(db, partner, '2026-01-01', '2026-12-31', clock).map((m) => [m.actionTitle, m.editable])).toEqual([['Avec Nioro', false]]);
    expect(() => listActionMilestones(db, partner, hidden)).toThrowError(NotFound);
    expect(listMilestonesInRange(db, ws.ctx('editor'), '2026-01-01', '2026-12-31', clock)).toHaveLength(2);
    expect(() => milestonesByAxis(db, partner)).toThrowError(Forbidden);
  });

  it('counts milestones by axis and status, actions outside any axis last', () => {
    const ws = makeWorkspace('ms-echo');
    const placed = newAction(ws, 'Placée');
    const loose = newAction(ws, 'Libre');
    const axis = db.transaction((tx) => createAxis(tx, ws.ctx('editor'), AxisInput.parse({ title: 'Jeunesse', objectives: ['Mobilité'] }))).data.id;
    db.transaction((tx) => setPlacement(tx, ws.ctx('editor'), PlacementInput.parse({ actionId: placed, placement: axis })));
    const add = (actionId: string, dueOn: string, doneOn: string | null = null) =>
      db.transaction((tx) => createMilestone(tx, ws.ctx('editor'), { actionId, kind: 'other', label: null, dueOn, doneOn }));
    add(placed, '2026-01-01', '2026-01-02');
    add(placed, '2026-02-01');
    add(placed, '2026-12-01');
    add(loose, '2026-12-01');
    expect(milestonesByAxis(db, ws.ctx('reviewer'), clock)).toEqual([
      { axisId: axis, axisTitle: 'Jeunesse', counts: { planned: 1, done: 1, late: 1 } },
      { axisId: null, axisTitle: null, counts: { planned: 1, done: 0, late: 0 } },
    ]);
    expect(db.select().from(actionMilestones).where(eq(actionMilestones.workspaceId, ws.id)).all()).toHaveLength(4);
  });
});
