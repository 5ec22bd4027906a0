import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { coFinancingInstalments, coFinancingLines, strategyActionPlacements } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { makeWorkspace } from '@/lib/test/fixtures';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { createTestMission } from '@/lib/test/builders';
import { createAxis } from '@/lib/strategy/queries';
import { AxisInput } from '@/lib/strategy/schemas';
import { serveList } from './handler';
import { ENDPOINTS } from './endpoints';
import './actions';

// The API resources of issue 20 (co-financing plans, missions) and the actions' axis filter;
// tokens, 401/404 and the OpenAPI document are covered for every resource in api.test.ts.

type Ws = ReturnType<typeof makeWorkspace>;

function token(ws: Ws) {
  const create = workspaceActionRegistry.find((d) => d.name === 'apiTokens.create')!;
  const result = executeWorkspaceAction(create, ws.people.admin.id, ws.id, { name: 'Portail', days: 30 });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return (result.data as { secret: string }).secret;
}

async function get(ws: Ws, resource: string, secret: string, query = '') {
  const headers = new Headers({ authorization: `Bearer ${secret}` });
  const res = serveList(new Request(`http://localhost/api/v1/workspaces/${ws.slug}/${resource}${query}`, { headers }), ws.slug, resource);
  return { status: res.status, body: res.status === 200 ? await res.json() : null };
}

const newAction = (ws: Ws, title: string) =>
  db.transaction((tx) => createExternalAction(tx, ws.ctx('editor'), ExternalActionInput.parse({ title, type: 'decentralised_cooperation', status: 'running' })))
    .data.id;

function line(ws: Ws, actionId: string, year: number, askedCents: number, received: string[] = []) {
  const id = crypto.randomUUID();
  const now = new Date();
  db.insert(coFinancingLines)
    .values({ id, workspaceId: ws.id, actionId, year, funderKind: 'afd', askedCents, grantedCents: askedCents, paidCents: 0, createdAt: now, updatedAt: now })
    .run();
  for (const day of received)
    db.insert(coFinancingInstalments)
      .values({ id: crypto.randomUUID(), workspaceId: ws.id, lineId: id, amountCents: 1_000, condition: 'none', dueOn: day, receivedOn: day, createdAt: now })
      .run();
  return id;
}

const schemaOf = (resource: string) => ENDPOINTS.find((e) => e.resource === resource)!.item;

describe('the co-financing resource', () => {
  it('lists the lines per action and year in cents with their instalments, paginated, filtered, of its workspace only', async () => {
    const ws = makeWorkspace('api-cofi');
    const other = makeWorkspace('api-cofi-other');
    const water = newAction(ws, 'Eau potable');
    const school = newAction(ws, 'École');
    line(ws, water, 2025, 1_234_567, ['2025-02-01', '2025-06-01']);
    line(ws, water, 2026, 500_000);
    line(ws, school, 2025, 300_000);
    line(other, newAction(other, 'Ailleurs'), 2025, 999_999);
    const secret = token(ws);

    const all = await get(ws, 'co-financing', secret);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    for (const item of all.body.data) expect(schemaOf('co-financing').safeParse(item).success).toBe(true);
    expect(all.body.data.map((l: { actionTitle: string; year: number; askedCents: number }) => [l.year, l.actionTitle, l.askedCents])).toEqual([
      [2025, 'Eau potable', 1_234_567],
      [2025, 'École', 300_000],
      [2026, 'Eau potable', 500_000],
    ]);
    expect(all.body.data[0].instalments).toEqual([
      { amountCents: 1_000, condition: 'none', dueOn: '2025-02-01', receivedOn: '2025-02-01' },
      { amountCents: 1_000, condition: 'none', dueOn: '2025-06-01', receivedOn: '2025-06-01' },
    ]);
    expect(JSON.stringify(all.body)).not.toContain('999999');

    const page2 = await get(ws, 'co-financing', secret, '?limit=2&page=2');
    expect(page2.body).toMatchObject({ page: 2, limit: 2, total: 3, nextPage: null });
    expect(page2.body.data).toHaveLength(1);
    expect((await get(ws, 'co-financing', secret, `?action=${water}&year=2026`)).body.total).toBe(1);
    expect((await get(ws, 'co-financing', secret, '?year=1800')).status).toBe(400);
    // A token of the other workspace does not read this one.
    expect((await get(ws, 'co-financing', token(other))).status).toBe(404);
  });
});

describe('the missions resource', () => {
  it('gives dates, place, kind and status without any participant’s personal data', async () => {
    const ws = makeWorkspace('api-missions');
    const secret = token(ws);
    createTestMission(ws, {
      city: 'Dakar',
      participants: [
        { kind: 'elected', name: 'Élue Confidentielle' },
        { kind: 'member', userId: ws.people.editor.id },
      ],
      debriefAssigneeId: ws.people.editor.id,
    });
    const { status, body } = await get(ws, 'missions', secret);
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(schemaOf('missions').safeParse(body.data[0]).success).toBe(true);
    expect(body.data[0]).toMatchObject({
      title: 'Mission à Dakar',
      kind: 'technical',
      country: 'SN',
      city: 'Dakar',
      startDate: '2025-03-02',
      endDate: '2025-03-06',
      status: 'past',
      debrief: 'late',
      participantCount: 2,
    });
    const text = JSON.stringify(body);
    for (const personal of ['Élue Confidentielle', ws.people.editor.name, ws.people.editor.email, ws.people.editor.id]) expect(text).not.toContain(personal);
    expect((await get(ws, 'missions', secret, '?kind=political')).body.total).toBe(0);
    expect((await get(ws, 'missions', secret, '?year=2025&country=sn')).body.total).toBe(1);
  });
});

describe('the actions resource', () => {
  it('filters the actions placed on an axis', async () => {
    const ws = makeWorkspace('api-axis');
    const secret = token(ws);
    const axis = db.transaction((tx) => createAxis(tx, ws.ctx('editor'), AxisInput.parse({ title: 'Eau', objectives: 'Un objectif' }))).data.id;
    const otherAxis = db.transaction((tx) => createAxis(tx, ws.ctx('editor'), AxisInput.parse({ title: 'Jeunesse', objectives: 'Un objectif' }))).data.id;
    const ids = ['A', 'B', 'C', 'D'].map((t) => newAction(ws, `Action ${t}`));
    const place = (actionId: string, axisId: string | null) =>
      db.insert(strategyActionPlacements).values({ actionId, workspaceId: ws.id, axisId, updatedAt: new Date() }).run();
    place(ids[0]!, axis);
    place(ids[1]!, axis);
    place(ids[2]!, otherAxis);
    place(ids[3]!, null);
    const onAxis = await get(ws, 'actions', secret, `?axis=${axis}`);
    expect(onAxis.body.total).toBe(2);
    expect(onAxis.body.data.map((a: { title: string }) => a.title)).toEqual(['Action A', 'Action B']);
    expect((await get(ws, 'actions', secret, `?axis=${axis}&limit=1&page=2`)).body.data.map((a: { title: string }) => a.title)).toEqual(['Action B']);
    expect((await get(ws, 'actions', secret, '?axis=nope')).body.total).toBe(0);
    expect((await get(ws, 'actions', secret)).body.total).toBe(4);
  });
});
