import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { actorGraphLayouts } from '@/db/schema';
import { PRECOMPRESSED_ENCODING, PRECOMPRESSED_OK } from '@/lib/http/shared-body';
import { makeWorkspace } from '@/lib/test/fixtures';
import { ActorInput, RelationInput, type ActorFormValues } from './schemas';
import { createActor, createRelation } from './queries';
import { actorGraphJson, graphResponse } from './graph-data';
import type { GraphPayload } from './graph-types';

// The route guards with the session and the policy (lib/auth/route-guard.ts; over HTTP for every
// identity in e2e/access-matrix.spec.ts); this is what it answers a member it let through.
type Ws = ReturnType<typeof makeWorkspace>;

function add(ws: Ws, values: Partial<ActorFormValues> & { name: string }) {
  const input = ActorInput.parse({ category: 'association', influence: 3, interest: 3, ...values });
  return db.transaction((tx) => createActor(tx, ws.ctx('editor'), input)).data.id;
}

function relate(ws: Ws, values: Record<string, unknown>) {
  db.transaction((tx) => createRelation(tx, ws.ctx('editor'), RelationInput.parse({ type: 'partnership', strength: 3, ...values })));
}

type Role = Parameters<Ws['ctx']>[0];

async function get(ws: Ws, role: Role, query = '', headers: Record<string, string> = {}) {
  return graphResponse(db, ws.ctx(role), new Request(`http://localhost/api/workspaces/${ws.slug}/actors/graph${query}`, { headers }));
}

describe('GET /api/workspaces/<slug>/actors/graph', () => {
  it('sends the filtered actors and the relations between them, by position', async () => {
    const ws = makeWorkspace('alpha');
    const fr = add(ws, { name: 'Département', category: 'ir_body', country: 'FR', influence: 5 });
    const sn = add(ws, { name: 'Nioro', category: 'partner_authority', country: 'SN', influence: 4 });
    const sn2 = add(ws, { name: 'Ambassade', category: 'embassy', country: 'SN', influence: 2 });
    const de = add(ws, { name: 'Lindenau', category: 'partner_authority', country: 'DE', influence: 3 });
    relate(ws, { sourceId: fr, targetId: sn });
    relate(ws, { sourceId: fr, targetId: de });
    relate(ws, { sourceId: sn, targetId: sn2, type: 'coordination', strength: 5, directed: true });
    const all = await get(ws, 'reviewer');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toMatch(/^application\/json/);
    expect(all.headers.get('cache-control')).toBe('private, no-cache');
    const graph = (await all.json()) as GraphPayload;
    expect(graph.nodes.map((n) => n[1])).toEqual(['Département', 'Nioro', 'Lindenau', 'Ambassade']);
    expect(graph.nodes[0]).toEqual([fr, 'Département', 'internal', 'ir_body', 5]);
    expect(graph.truncated).toBe(false);
    const named = graph.edges.map(([s, t, strength, directed]) => [graph.nodes[s]![1], graph.nodes[t]![1], strength, directed]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['Département', 'Nioro', 3, 0],
        ['Département', 'Lindenau', 3, 0],
        ['Nioro', 'Ambassade', 5, 1],
      ]),
    );
    expect(named).toHaveLength(3);

    // The page's filters, in any order; invalid ones are dropped as on the page.
    const external = (await (await get(ws, 'reviewer', '?family=external&country=SN&sort=nonsense')).json()) as GraphPayload;
    expect(external.nodes.map((n) => n[1])).toEqual(['Nioro', 'Ambassade']);
    expect(external.edges).toEqual([[0, 1, 5, 1]]);
    const reordered = await (await get(ws, 'reviewer', '?country=SN&family=external')).text();
    expect(reordered).toBe(JSON.stringify(external));
    const none = (await (await get(ws, 'reviewer', '?family=bogus&q=zzz')).json()) as GraphPayload;
    expect(none).toMatchObject({ nodes: [], edges: [] });
  });

  it('never holds another workspace', async () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    add(a, { name: 'Ours' });
    add(b, { name: 'Theirs' });
    for (const role of ['admin', 'editor', 'contributor', 'reviewer'] as const) {
      expect(
        ((await (await get(a, role)).json()) as GraphPayload).nodes.map((n) => n[1]),
        role,
      ).toEqual(['Ours']);
    }
    expect(((await (await get(b, 'reviewer')).json()) as GraphPayload).nodes.map((n) => n[1])).toEqual(['Theirs']);
  });

  it('serialises once until the database changes, and answers 304 to a browser that holds the same data', async () => {
    const ws = makeWorkspace('alpha');
    add(ws, { name: 'Premier' });
    const first = actorGraphJson(db, ws.ctx('reviewer'), {});
    expect(actorGraphJson(db, ws.ctx('editor'), {})).toBe(first);
    const response = await get(ws, 'reviewer');
    const etag = response.headers.get('etag')!;
    expect(etag).toBe(first.etag);
    const notModified = await get(ws, 'reviewer', '', { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');

    // A write changes the database: the next request sees it, with a new validator.
    add(ws, { name: 'Second' });
    const after = await get(ws, 'reviewer', '', { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as GraphPayload).nodes.map((n) => n[1]).sort()).toEqual(['Premier', 'Second']);
  });

  it('sends the JSON compressed in the encoding the browser accepts, compressed once per state of the data', async () => {
    const ws = makeWorkspace('alpha');
    for (let i = 0; i < 40; i++) add(ws, { name: `Acteur ${i}` });
    const ours = { [PRECOMPRESSED_OK]: '1' };
    const plain = await get(ws, 'reviewer', '', ours);
    expect(plain.headers.get(PRECOMPRESSED_ENCODING)).toBeNull();
    expect(plain.headers.get('vary')).toBe('Cookie, Accept-Encoding');
    const text = await plain.text();
    const browser = await get(ws, 'reviewer', '', { ...ours, 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(browser.headers.get(PRECOMPRESSED_ENCODING)).toBe('br');
    const compressed = Buffer.from(await browser.arrayBuffer());
    expect(compressed.byteLength).toBeLessThan(text.length / 2);
    expect(zlib.brotliDecompressSync(compressed).toString('utf8')).toBe(text);
    const gzip = await get(ws, 'reviewer', '', { ...ours, 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get(PRECOMPRESSED_ENCODING)).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(text);
    // The compressed form is kept with the cached JSON, and goes with it when the data changes.
    const shared = actorGraphJson(db, ws.ctx('reviewer'), {}).shared;
    expect(shared.encodedFor('br').bytes).toBe(shared.encodedFor('br').bytes);
    add(ws, { name: 'Nouveau' });
    const after = await get(ws, 'reviewer', '', { ...ours, 'Accept-Encoding': 'br' });
    expect(zlib.brotliDecompressSync(Buffer.from(await after.arrayBuffer())).toString('utf8')).toContain('Nouveau');
    expect(actorGraphJson(db, ws.ctx('reviewer'), {}).shared).not.toBe(shared);
  });

  it('lays a graph out once for every process: the others read the layout from the database until the graph changes', async () => {
    const ws = makeWorkspace('alpha');
    const a = add(ws, { name: 'Un' });
    const b = add(ws, { name: 'Deux' });
    add(ws, { name: 'Trois' });
    relate(ws, { sourceId: a, targetId: b });
    const graph = (await (await get(ws, 'reviewer')).json()) as GraphPayload;
    const stored = db.select().from(actorGraphLayouts).where(eq(actorGraphLayouts.workspaceId, ws.id)).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.ids).toEqual(graph.nodes.map((n) => n[0]));
    expect(stored[0]!.positions).toEqual(graph.positions);

    // Another process (its own connection and memory) sends what is stored, without laying out again.
    const marked = graph.positions.map((_, i) => 1000 + i);
    db.update(actorGraphLayouts).set({ positions: marked }).where(eq(actorGraphLayouts.key, stored[0]!.key)).run();
    const otherProcess = () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ['--require', './scripts/allow-server-only.cjs', '--import', 'tsx', 'lib/actors/graph-layout.child.ts', JSON.stringify(ws.ctx('reviewer'))],
          {
            encoding: 'utf8',
            env: process.env,
          },
        ),
      ) as number[];
    expect(otherProcess()).toEqual(marked);

    // A new relation changes the graph: it is laid out again (from the stored places) and stored.
    relate(ws, { sourceId: b, targetId: add(ws, { name: 'Quatre' }) });
    const again = otherProcess();
    expect(again).toHaveLength(8);
    expect(again).not.toEqual(marked.concat([0, 0]));
    expect(db.select().from(actorGraphLayouts).where(eq(actorGraphLayouts.workspaceId, ws.id)).get()!.positions).toEqual(again);
  }, 60_000);
});
