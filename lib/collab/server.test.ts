import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import { db } from '@/db/client';
import { makeWorkspace } from '@/lib/test/fixtures';
import { assignSection, initializeOutline, listSections } from '@/lib/strategy-document/queries';
import { contentFrom, plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState, yStateFromContent } from '@/lib/strategy-document/ydoc';
import { authSecret } from '@/lib/auth/secret';
import { createCollaboration, type Collaboration } from './server';
import { fetchDocumentState } from './persistence';
import { sectionDocumentName } from './names';

process.env.NEXTAUTH_SECRET ??= 'vitest-secret-0123456789abcdef';

type Running = { collaboration: Collaboration; server: http.Server; url: string };
const running: Running[] = [];
const providers: HocuspocusProvider[] = [];
const sockets: HocuspocusProviderWebsocket[] = [];

/** The real collaboration server on a random port, as scripts/server.ts mounts it. */
async function start(): Promise<Running> {
  const collaboration = createCollaboration({ debounce: 20, maxDebounce: 100 });
  const server = http.createServer((_req, res) => res.end());
  server.on('upgrade', (request, socket, head) => {
    if (!collaboration.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const entry = { collaboration, server, url: `ws://127.0.0.1:${port}/collab` };
  running.push(entry);
  return entry;
}

async function stop(entry: Running) {
  await entry.collaboration.close();
  await new Promise<void>((resolve) => entry.server.close(() => resolve()));
  running.splice(running.indexOf(entry), 1);
}

function closeClients() {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const socket of sockets.splice(0)) socket.destroy();
}

afterEach(async () => {
  closeClients();
  for (const entry of [...running]) await stop(entry);
});

/** A next-auth session cookie for a person, signed like the app signs it. */
async function sessionCookie(userId: string, secret = authSecret()) {
  const token = await encode({ token: { sub: userId, name: 'x' }, secret });
  return `next-auth.session-token=${token}`;
}

type Outcome = 'synced' | 'refused';

/** Connects a provider with these headers (cookie, origin) and resolves once synced or refused. */
function connect(url: string, name: string, headers: Record<string, string>, doc = new Y.Doc()) {
  class HeaderSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers });
    }
  }
  let settle: (o: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
  // In Node the provider needs a WebSocket implementation; this one sends the browser's headers.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: HeaderSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: 'cookie',
    onSynced: () => settle('synced'),
    onAuthenticationFailed: () => settle('refused'),
  });
  provider.attach();
  sockets.push(socket);
  providers.push(provider);
  const timeout = new Promise<Outcome>((_, reject) => setTimeout(() => reject(new Error('no answer from the collaboration server')), 5000));
  return { provider, doc, outcome: Promise.race([outcome, timeout]) };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function textOf(doc: Y.Doc) {
  return plainText(contentFromYState(Y.encodeStateAsUpdate(doc)));
}

/** Writes a paragraph into a client's document as the editor would. */
function type(doc: Y.Doc, text: string) {
  Y.applyUpdate(doc, yStateFromContent(contentFrom([text])));
}

function setup() {
  const ws = makeWorkspace('alpha');
  const editor = ws.ctx('editor');
  db.transaction((tx) => initializeOutline(tx, editor, { locale: 'fr' }));
  const sections = listSections(db, editor);
  const written = sections.filter((s) => s.kind === 'written');
  const assigned = written[2]!;
  const other = written[3]!;
  db.transaction((tx) => assignSection(tx, editor, { sectionId: assigned.id, assigneeId: ws.people.contributor.id }));
  const data = sections.find((s) => s.kind === 'territory')!;
  return { ws, assigned: sectionDocumentName(assigned.id), other: sectionDocumentName(other.id), data: sectionDocumentName(data.id) };
}

describe('collaboration server', () => {
  it('refuses a connection without a session, with a forged session, or from another site', async () => {
    const { ws, assigned } = setup();
    const { url } = await start();
    expect(await connect(url, assigned, {}).outcome).toBe('refused');
    const forged = await sessionCookie(ws.people.admin.id, 'another-secret-that-is-not-the-app-one');
    expect(await connect(url, assigned, { cookie: forged }).outcome).toBe('refused');
    const cookie = await sessionCookie(ws.people.admin.id);
    expect(await connect(url, assigned, { cookie, origin: 'https://evil.example' }).outcome).toBe('refused');
    expect(await connect(url, assigned, { cookie, origin: new URL(url).origin.replace('ws:', 'http:') }).outcome).toBe('synced');
  });

  it('refuses members of other workspaces, partners, data sections and unknown documents', async () => {
    const { ws, assigned, data } = setup();
    const stranger = makeWorkspace('bravo');
    const { url } = await start();
    expect(await connect(url, assigned, { cookie: await sessionCookie(stranger.people.admin.id) }).outcome).toBe('refused');
    expect(await connect(url, assigned, { cookie: await sessionCookie(ws.people.partner.id) }).outcome).toBe('refused');
    const editor = await sessionCookie(ws.people.editor.id);
    expect(await connect(url, data, { cookie: editor }).outcome).toBe('refused');
    expect(await connect(url, 'section:does-not-exist', { cookie: editor }).outcome).toBe('refused');
    expect(await connect(url, 'anything-else', { cookie: editor }).outcome).toBe('refused');
  });

  it('merges two editors, stores the result in SQLite and serves it again after a restart', async () => {
    const { ws, assigned } = setup();
    const first = await start();
    const a = connect(first.url, assigned, { cookie: await sessionCookie(ws.people.editor.id) });
    const b = connect(first.url, assigned, { cookie: await sessionCookie(ws.people.contributor.id) });
    expect(await a.outcome).toBe('synced');
    expect(await b.outcome).toBe('synced');
    type(a.doc, 'Texte de la chargée de mission.');
    type(b.doc, 'Texte du référent culture.');
    await expect.poll(() => textOf(a.doc)).toContain('Texte du référent culture.');
    await expect.poll(() => textOf(b.doc)).toContain('Texte de la chargée de mission.');
    await expect.poll(() => plainText(contentFromYState(fetchDocumentState(assigned)))).toContain('Texte du référent culture.');

    closeClients();
    await stop(first);
    const second = await start();
    const c = connect(second.url, assigned, { cookie: await sessionCookie(ws.people.reviewer.id) });
    expect(await c.outcome).toBe('synced');
    expect(textOf(c.doc)).toContain('Texte de la chargée de mission.');
    expect(textOf(c.doc)).toContain('Texte du référent culture.');
  });

  it('opens read-only for reviewers and for contributors on sections not assigned to them, and drops their writes', async () => {
    const { ws, other } = setup();
    const { url, collaboration } = await start();
    const editor = connect(url, other, { cookie: await sessionCookie(ws.people.editor.id) });
    const reviewer = connect(url, other, { cookie: await sessionCookie(ws.people.reviewer.id) });
    const contributor = connect(url, other, { cookie: await sessionCookie(ws.people.contributor.id) });
    expect(await editor.outcome).toBe('synced');
    expect(await reviewer.outcome).toBe('synced');
    expect(await contributor.outcome).toBe('synced');

    type(reviewer.doc, 'Réécrit par un élu.');
    type(contributor.doc, 'Réécrit par un référent non désigné.');
    type(editor.doc, 'Écrit par la chargée de mission.');
    // The editor's write reaches everyone, the read-only writes reach no one and are not stored.
    await expect.poll(() => textOf(reviewer.doc)).toContain('Écrit par la chargée de mission.');
    await expect.poll(() => plainText(contentFromYState(fetchDocumentState(other)))).toContain('Écrit par la chargée de mission.');
    await wait(200);
    const live = textOf(collaboration.hocuspocus.documents.get(other)!);
    expect(live).not.toContain('Réécrit');
    expect(textOf(editor.doc)).not.toContain('Réécrit');
    expect(plainText(contentFromYState(fetchDocumentState(other)))).not.toContain('Réécrit');
  });

  it('applies a removal from the workspace to an open connection', async () => {
    const { ws, assigned } = setup();
    const { url, collaboration } = await start();
    const contributor = connect(url, assigned, { cookie: await sessionCookie(ws.people.contributor.id) });
    expect(await contributor.outcome).toBe('synced');
    // Reassigned to nobody: after the recheck interval, the contributor's writes are dropped.
    db.transaction((tx) => assignSection(tx, ws.ctx('editor'), { sectionId: assigned.slice('section:'.length), assigneeId: null }));
    const connection = [...collaboration.hocuspocus.documents.get(assigned)!.connections.keys()][0]!;
    (connection.context as { checkedAt: number }).checkedAt = 0;
    type(contributor.doc, 'Première frappe après retrait.');
    await wait(200);
    type(contributor.doc, 'Seconde frappe après retrait.');
    await wait(200);
    expect(textOf(collaboration.hocuspocus.documents.get(assigned)!)).not.toContain('Seconde frappe');
  });
});
