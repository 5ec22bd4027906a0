import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { Validator } from '@seriousme/openapi-schema-validator';
import { db } from '@/db/client';
import { apiTokens, memberships } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { createActor, createRelation } from '@/lib/actors/queries';
import { ActorInput, RelationInput } from '@/lib/actors/schemas';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput } from '@/lib/external-actions/schemas';
import { createAxis, createIndicator } from '@/lib/strategy/queries';
import { AxisInput, IndicatorInput } from '@/lib/strategy/schemas';
import { ROUTE_HANDLERS } from '@/lib/security/registry';
import { API_ADDRESS_LIMIT, API_RATE_LIMIT, serveList } from './handler';
import { ENDPOINTS } from './endpoints';
import { openApiDocument } from './openapi';
import { renderApiDocs } from './docs-html';
import { hashToken } from './tokens';
import './actions';
import { auditEntries } from '@/lib/test/audit';

type Ws = ReturnType<typeof makeWorkspace>;
const RESOURCES = ['actors', 'relations', 'actions', 'axes', 'indicators', 'co-financing', 'missions'] as const;
const action = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;

function createToken(ws: Ws, days = 30, role: 'admin' = 'admin') {
  const result = executeWorkspaceAction(action('apiTokens.create'), ws.people[role].id, ws.id, { name: 'Open data portal', days });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data as { id: string; secret: string; expiresAt: string };
}

function get(ws: { slug: string }, resource: string, secret: string | null, query = '', now = new Date(), address?: string) {
  const headers = new Headers();
  if (address) headers.set('x-forwarded-for', address);
  if (secret !== null) headers.set('authorization', `Bearer ${secret}`);
  return serveList(new Request(`http://localhost/api/v1/workspaces/${ws.slug}/${resource}${query}`, { headers }), ws.slug, resource, now);
}

function seed(ws: Ws, actorCount = 3) {
  const ctx = ws.ctx('editor');
  const ids = db.transaction((tx) =>
    Array.from(
      { length: actorCount },
      (_, i) =>
        createActor(
          tx,
          ctx,
          ActorInput.parse({
            name: `Acteur ${String(i).padStart(2, '0')}`,
            category: i % 2 ? 'partner_authority' : 'association',
            country: i % 2 ? 'SN' : 'FR',
            influence: 3,
            interest: 3,
            contactEmail: `contact${i}@example.org`,
            contactName: `Contact ${i}`,
          }),
        ).data.id,
    ),
  );
  db.transaction((tx) => createRelation(tx, ctx, RelationInput.parse({ sourceId: ids[0], targetId: ids[1], type: 'partnership', strength: 3 })));
  const actionId = db.transaction((tx) =>
    createExternalAction(tx, ctx, ExternalActionInput.parse({ title: 'Jumelage scolaire', type: 'decentralised_cooperation', status: 'running' })),
  ).data.id;
  db.transaction((tx) =>
    createExternalAction(tx, ctx, ExternalActionInput.parse({ title: 'Idée de mission', type: 'decentralised_cooperation', status: 'idea' })),
  );
  const axisId = db.transaction((tx) => createAxis(tx, ctx, AxisInput.parse({ title: 'Jeunesse', objectives: 'Un objectif' }))).data.id;
  db.transaction((tx) =>
    createIndicator(
      tx,
      ctx,
      IndicatorInput.parse({ name: 'Élèves en échange', unit: 'élèves', baseline: 0, target: 100, targetDate: '2028-12-31', frequency: 'quarterly', axisId }),
    ),
  );
  return { ids, actionId, axisId };
}

function refusals(ws: { id: string }) {
  return auditEntries(ws.id, 'apiToken.refused');
}

describe('personal access tokens', () => {
  it('an admin creates one: only the sha256 of the secret is stored, the expiry is as chosen, the creation is audited', () => {
    const ws = makeWorkspace('api-create');
    const before = Date.now();
    const token = createToken(ws, 90);
    expect(token.secret).toMatch(/^frpat_[A-Za-z0-9_-]{43}$/);
    const row = db.select().from(apiTokens).where(eq(apiTokens.id, token.id)).get()!;
    expect(row.tokenHash).toBe(hashToken(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret);
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(90 * 86_400_000);
    expect(row.expiresAt.getTime() - before).toBeLessThan(91 * 86_400_000);
    const audit = auditEntries(ws.id, 'apiToken.create');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.userId).toBe(ws.people.admin.id);
    expect(JSON.stringify(audit[0])).not.toContain(token.secret);
  });

  it('every other role is refused creation and revocation, and nothing changes', () => {
    const ws = makeWorkspace('api-roles');
    const token = createToken(ws);
    const before = databaseFingerprint();
    for (const role of ['editor', 'contributor', 'reviewer', 'partner'] as const) {
      expect(executeWorkspaceAction(action('apiTokens.create'), ws.people[role].id, ws.id, { name: 'x', days: 30 })).toMatchObject({
        ok: false,
        code: 'forbidden',
      });
      expect(executeWorkspaceAction(action('apiTokens.revoke'), ws.people[role].id, ws.id, { id: token.id })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(databaseFingerprint()).toEqual(before);
  });

  it('an expiry beyond one year, or no name, is refused with a field error', () => {
    const ws = makeWorkspace('api-invalid');
    const before = databaseFingerprint();
    const tooLong = executeWorkspaceAction(action('apiTokens.create'), ws.people.admin.id, ws.id, { name: 'x', days: 366 });
    expect(tooLong).toMatchObject({ ok: false, code: 'invalid' });
    expect(tooLong.ok ? null : tooLong.fieldErrors).toHaveProperty('days');
    const noName = executeWorkspaceAction(action('apiTokens.create'), ws.people.admin.id, ws.id, { name: '  ', days: 30 });
    expect(noName.ok ? null : noName.fieldErrors).toHaveProperty('name');
    expect(databaseFingerprint()).toEqual(before);
  });

  it('an admin of another workspace cannot revoke the token', () => {
    const a = makeWorkspace('api-rev-a');
    const b = makeWorkspace('api-rev-b');
    const token = createToken(a);
    expect(executeWorkspaceAction(action('apiTokens.revoke'), b.people.admin.id, b.id, { id: token.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(db.select().from(apiTokens).where(eq(apiTokens.id, token.id)).get()!.revokedAt).toBeNull();
  });
});

describe('the read-only API', () => {
  it('a valid token reads every endpoint of its workspace, without contact data, and the last use is recorded', () => {
    const ws = makeWorkspace('api-read');
    seed(ws);
    const token = createToken(ws);
    const expected = { actors: 3, relations: 1, actions: 2, axes: 1, indicators: 1, 'co-financing': 0, missions: 0 };
    for (const resource of RESOURCES) {
      const res = get(ws, resource, token.secret);
      expect(res.status, resource).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    return Promise.all(
      RESOURCES.map(async (resource) => {
        const body = await get(ws, resource, token.secret).json();
        expect(body.total, resource).toBe(expected[resource]);
        expect(body.data, resource).toHaveLength(expected[resource]);
        const schema = ENDPOINTS.find((e) => e.resource === resource)!.item;
        for (const item of body.data) expect(schema.safeParse(item).success, `${resource} item matches its schema`).toBe(true);
        expect(JSON.stringify(body)).not.toMatch(/contact\d@example\.org|Contact \d/);
      }),
    ).then(() => {
      expect(db.select().from(apiTokens).where(eq(apiTokens.id, token.id)).get()!.lastUsedAt).not.toBeNull();
    });
  });

  it('paginates on the server (limit at most 100) and filters', async () => {
    const ws = makeWorkspace('api-page');
    seed(ws, 7);
    const { secret } = createToken(ws);
    const first = await get(ws, 'actors', secret, '?limit=3').json();
    expect(first).toMatchObject({ page: 1, limit: 3, total: 7, nextPage: 2 });
    expect(first.data.map((a: { name: string }) => a.name)).toEqual(['Acteur 00', 'Acteur 01', 'Acteur 02']);
    const last = await get(ws, 'actors', secret, '?limit=3&page=3').json();
    expect(last).toMatchObject({ page: 3, total: 7, nextPage: null });
    expect(last.data.map((a: { name: string }) => a.name)).toEqual(['Acteur 06']);
    const tooMany = get(ws, 'actors', secret, '?limit=101');
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).issues[0].parameter).toBe('limit');
    const senegal = await get(ws, 'actors', secret, '?country=sn').json();
    expect(senegal.total).toBe(3);
    expect(senegal.data.every((a: { country: string }) => a.country === 'SN')).toBe(true);
    const associations = await get(ws, 'actors', secret, '?category=association').json();
    expect(associations.total).toBe(4);
    expect((await get(ws, 'actions', secret, '?status=idea').json()).data.map((a: { title: string }) => a.title)).toEqual(['Idée de mission']);
    expect(get(ws, 'actions', secret, '?status=nonsense').status).toBe(400);
    expect((await get(ws, 'indicators', secret, '?axis=nope').json()).total).toBe(0);
    expect((await get(ws, 'axes', secret, '?limit=1&page=2').json()).data).toEqual([]);
  });

  it('refuses an expired, revoked, unknown or malformed token with 401 on every endpoint, each refusal audited', async () => {
    const ws = makeWorkspace('api-refuse');
    const expired = createToken(ws, 1);
    const revoked = createToken(ws);
    expect(executeWorkspaceAction(action('apiTokens.revoke'), ws.people.admin.id, ws.id, { id: revoked.id })).toMatchObject({ ok: true });
    const revokeAudit = auditEntries(ws.id, 'apiToken.revoke');
    expect(revokeAudit).toHaveLength(1);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    const unknown = 'frpat_' + 'A'.repeat(43);
    const cases = [
      { secret: expired.secret, now: tomorrow, reason: 'expired' },
      { secret: revoked.secret, now: new Date(), reason: 'revoked' },
      { secret: unknown, now: new Date(), reason: 'unknown' },
      { secret: 'not-a-token', now: new Date(), reason: 'malformed' },
    ];
    for (const resource of RESOURCES) {
      for (const c of cases) {
        const res = get(ws, resource, c.secret, '', c.now);
        expect(res.status, `${resource} ${c.reason}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toContain('Bearer');
        expect(await res.json()).toEqual({ error: 'unauthenticated', reason: c.reason });
      }
      const none = get(ws, resource, null);
      expect(none.status).toBe(401);
    }
    const reasons = refusals(ws).map((r) => (r.changes as { reason: string }).reason);
    for (const c of cases)
      expect(
        reasons.filter((r) => r === c.reason),
        c.reason,
      ).toHaveLength(RESOURCES.length);
    expect(reasons).toHaveLength(cases.length * RESOURCES.length);
    expect(JSON.stringify(refusals(ws))).not.toContain(unknown);
  });

  it('a token of workspace A never reads workspace B: 404, audited in A', () => {
    const a = makeWorkspace('api-ws-a');
    const b = makeWorkspace('api-ws-b');
    seed(b);
    const token = createToken(a);
    for (const resource of RESOURCES) {
      const res = get(b, resource, token.secret);
      expect(res.status).toBe(404);
    }
    expect(get({ slug: 'does-not-exist' }, 'actors', token.secret).status).toBe(404);
    expect(refusals(a).map((r) => (r.changes as { reason: string }).reason)).toEqual(Array(RESOURCES.length + 1).fill('otherWorkspace'));
    expect(refusals(b)).toHaveLength(0);
  });

  it('a token stops working when its creator is no longer an admin of the workspace', () => {
    const ws = makeWorkspace('api-owner');
    const token = createToken(ws);
    expect(get(ws, 'axes', token.secret).status).toBe(200);
    db.update(memberships)
      .set({ role: 'editor' })
      .where(and(eq(memberships.workspaceId, ws.id), eq(memberships.userId, ws.people.admin.id)))
      .run();
    expect(get(ws, 'axes', token.secret).status).toBe(401);
  });

  it('limits requests per token', () => {
    const ws = makeWorkspace('api-rate');
    const one = createToken(ws);
    const other = createToken(ws);
    const now = new Date();
    for (let i = 0; i < API_RATE_LIMIT.max; i++) expect(get(ws, 'axes', one.secret, '', now).status).toBe(200);
    const refused = get(ws, 'axes', one.secret, '', now);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(get(ws, 'axes', other.secret, '', now).status).toBe(200);
    expect(get(ws, 'axes', one.secret, '', new Date(now.getTime() + API_RATE_LIMIT.windowMs)).status).toBe(200);
  });
});

describe('guessing tokens', () => {
  it('is limited per address before the token is checked, so refusals cannot flood the audit log', () => {
    const ws = makeWorkspace('api-guess');
    const now = new Date();
    const guess = (i: number) => 'frpat_' + String(i).padStart(43, 'x');
    for (let i = 0; i < API_ADDRESS_LIMIT.max; i++) expect(get(ws, 'axes', guess(i), '', now, '203.0.113.9').status).toBe(401);
    const refused = get(ws, 'axes', guess(9999), '', now, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refusals(ws)).toHaveLength(API_ADDRESS_LIMIT.max);
    expect(get(ws, 'axes', guess(1), '', now, '203.0.113.10').status).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document describing every endpoint and its parameters', async () => {
    const doc = openApiDocument();
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    for (const resource of RESOURCES) {
      const op = (doc.paths as Record<string, { get: { parameters: { name: string }[] } }>)[`/api/v1/workspaces/{workspace}/${resource}`];
      expect(op, resource).toBeDefined();
      expect(op!.get.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['workspace', 'page', 'limit']));
    }
    const limit = (doc.paths as Record<string, { get: { parameters: { name: string; schema: { maximum?: number } }[] } }>)[
      '/api/v1/workspaces/{workspace}/actors'
    ]!.get.parameters.find((p) => p.name === 'limit')!;
    expect(limit.schema.maximum).toBe(100);
  });

  it('every API route is in the endpoint registry', () => {
    const registered = ROUTE_HANDLERS.map((r) => r.route);
    for (const resource of RESOURCES) expect(registered).toContain(`/api/v1/workspaces/[workspace]/${resource}`);
    expect(registered).toContain('/api/v1/openapi.json');
  });
});

describe('the API reference page', () => {
  it('lists every endpoint with its parameters and fields, in French and English, with nothing fetched from elsewhere', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const messages = (await import(`@/messages/${lang}.json`)).default as { apiTokens: { docs: Record<string, string> } };
      const html = renderApiDocs((key) => messages.apiTokens.docs[key]!, lang);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(messages.apiTokens.docs.title);
      for (const resource of RESOURCES) expect(html).toContain(`GET /api/v1/workspaces/{workspace}/${resource}`);
      expect(html).toContain('<code>limit</code>');
      expect(html).toContain('<code>budgetCents</code>');
      expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    }
  });
});
