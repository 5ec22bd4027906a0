import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { ActorInput } from '@/lib/actors/schemas';
import { createActor } from '@/lib/actors/queries';
import { createDepartment } from '@/lib/departments/queries';
import { DepartmentInput } from '@/lib/departments/schemas';
import { createExternalAction, getExternalActionDetail } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { createPartnership } from '@/lib/partnerships/write-queries';
import type { MissionFormValues } from './schemas';
import './actions';

// Shared by the missions' Vitest files: a workspace with departments, a partnership and an action.
export type Ws = ReturnType<typeof makeWorkspace>;

export const run = (name: string, ws: Ws, role: 'admin' | 'editor' | 'contributor' | 'reviewer' | 'partner', input: unknown, userId?: string) => {
  const definition = workspaceActionRegistry.find((d) => d.name === name);
  if (!definition) throw new Error(`no action ${name}`);
  return executeWorkspaceAction(definition, userId ?? ws.people[role].id, ws.id, input, 'en');
};

export function actor(ws: Ws, name: string, category: string, country?: string) {
  return db.transaction((tx) => createActor(tx, ws.ctx('editor'), ActorInput.parse({ name, category, country, influence: 3, interest: 3 }))).data.id;
}

export function department(ws: Ws, name: string) {
  return db.transaction((tx) => createDepartment(tx, ws.ctx('editor'), DepartmentInput.parse({ name, languages: ['fr'] }))).data.id;
}

/** A workspace with three departments, a partner authority in a partnership (the fixture's partner bound to it), an action with an expected return. */
export function setUp(slug: string) {
  const ws = makeWorkspace(slug);
  const culture = department(ws, 'Culture');
  const economy = department(ws, 'Économie');
  const youth = department(ws, 'Jeunesse');
  const nioro = actor(ws, 'Commune de Nioro-Kaya', 'partner_authority', 'SN');
  const other = actor(ws, 'Commune de Tamboura', 'partner_authority', 'ML');
  const partnership = db.transaction((tx) => createPartnership(tx, ws.ctx('editor'), { actorId: nioro, title: 'Nioro-Kaya' })).data.id;
  const otherPartnership = db.transaction((tx) => createPartnership(tx, ws.ctx('editor'), { actorId: other, title: 'Tamboura' })).data.id;
  db.update(memberships)
    .set({ actorId: nioro })
    .where(and(eq(memberships.workspaceId, ws.id), eq(memberships.userId, ws.people.partner.id)))
    .run();
  const action = db.transaction((tx) =>
    createExternalAction(
      tx,
      ws.ctx('editor'),
      ExternalActionInput.parse({
        title: 'Coopération eau',
        type: 'decentralised_cooperation',
        status: 'running',
        partnerIds: [nioro],
        expectedReturns: [{ category: 'networking', description: 'Des liens entre associations' }],
      }),
    ),
  ).data.id;
  const expectedId = getExternalActionDetail(db, ws.ctx('editor'), action).expected[0]!.id;
  return { ws, culture, economy, youth, nioro, other, partnership, otherPartnership, action, expectedId };
}

export function missionValues(s: ReturnType<typeof setUp>, extra: Partial<MissionFormValues> = {}): MissionFormValues {
  return {
    title: 'Mission à Nioro-Kaya',
    kind: 'technical',
    direction: 'abroad',
    country: 'SN',
    city: 'Nioro',
    purpose: 'Chantier eau',
    startDate: '2026-03-02',
    endDate: '2026-03-06',
    partnershipId: s.partnership,
    actionIds: [s.action],
    participants: [
      { kind: 'member', userId: s.ws.people.editor.id },
      { kind: 'member', userId: s.ws.people.contributor.id },
      { kind: 'agent', name: 'Agent culture', departmentId: s.culture },
      { kind: 'agent', name: 'Agent économie', departmentId: s.economy },
      { kind: 'agent', name: 'Agente jeunesse', departmentId: s.youth },
      { kind: 'elected', name: 'Élue aux relations internationales' },
    ],
    meetings: [
      { day: '2026-03-03', time: '09:30', actorId: s.nioro, subject: 'Comité de pilotage' },
      { day: '2026-03-04', subject: 'Visite du chantier' },
    ],
    budgetLines: [{ year: '2026', amount: '1 250,50', fundingSource: 'own_funds', departmentId: s.culture, label: 'Billets' }],
    documents: [{ label: 'Programme', url: 'https://example.org/programme.pdf' }],
    debriefAssigneeId: s.ws.people.contributor.id,
    debriefDays: '10',
    ...extra,
  };
}

export function createMission(s: ReturnType<typeof setUp>, extra: Partial<MissionFormValues> = {}) {
  const result = run('missions.create', s.ws, 'editor', missionValues(s, extra));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return (result.data as { id: string }).id;
}
