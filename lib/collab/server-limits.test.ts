import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { db, rawSqlite } from '@/db/client';
import { memberships } from '@/db/schema';
import { plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { collabServers, sessionCookie as signedCookie, type } from '@/lib/test/collab-harness';
import { fetchDocumentState } from './persistence';
import { parseNotice, revokeReasonOf, type CollabNotice } from './protocol';
import { firstWrittenSection } from '@/lib/test/outline';

process.env.NEXTAUTH_SECRET ??= 'vitest-secret-0123456789abcdef';

/**
 * The collaboration server's limits and what it tells editors (issues 18.7, 18.9 and 24.3),
 * against the real Hocuspocus server on a random port, as scripts/server.ts mounts it.
 */
const servers = collabServers();
const start = servers.start;
const cleanups: Array<() => void> = [];
/** A session cookie that ends after `maxAge` seconds when given. */
const sessionCookie = (userId: string, maxAge?: number) => signedCookie(userId, undefined, maxAge);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await servers.stopAll();
  rawSqlite().pragma('max_page_count = 1073741823');
});

/** A bare socket that never authenticates; resolves `opened` or `refused` (the HTTP status), and `closed`. */
function rawSocket(url: string) {
  const ws = new WebSocket(url);
  cleanups.push(() => ws.terminate());
  const opened = new Promise<'open' | number>((resolve) => {
    ws.once('open', () => resolve('open'));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => undefined);
  });
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  return { ws, opened, closed };
}

/** A provider as the editor opens one, collecting what the server tells it. */
function editorClient(url: string, name: string, cookie: string) {
  class CookieSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers: { cookie } });
    }
  }
  const notices: CollabNotice[] = [];
  const closes: string[] = [];
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: CookieSocket });
  let synced: () => void = () => {};
  const ready = new Promise<void>((resolve) => (synced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: 'cookie',
    onSynced: () => synced(),
    onStateless: ({ payload }) => {
      const notice = parseNotice(payload);
      if (notice) notices.push(notice);
    },
    onClose: ({ event }) => closes.push(event.reason ?? ''),
  });
  provider.attach();
  cleanups.push(() => {
    provider.destroy();
    socket.destroy();
  });
  return { provider, socket, doc, ready, notices, closes };
}

/**
 * A new workspace's first written section, a collaboration server started with `options`, and the
 * section's editor connected and in sync (`sessionSeconds`: when given, their session ends after it).
 */
async function editorInSync(options: Parameters<typeof start>[0], sessionSeconds?: number) {
  const { ws, name } = firstWrittenSection('limits');
  const { url, collaboration } = await start(options);
  const editor = editorClient(url, name, await sessionCookie(ws.people.editor.id, sessionSeconds));
  await editor.ready;
  return { ws, name, collaboration, editor };
}

describe('collaboration sockets (issue 18.7)', () => {
  it('closes a socket that has not authenticated by the deadline, and keeps an authenticated one', async () => {
    const { ws, name } = firstWrittenSection('limits');
    const { url } = await start({ authTimeoutMs: 400 });
    const idle = rawSocket(url);
    expect(await idle.opened).toBe('open');
    const editor = editorClient(url, name, await sessionCookie(ws.people.editor.id));
    await editor.ready;
    await idle.closed;
    expect(idle.ws.readyState).toBe(WebSocket.CLOSED);
    // Started before the idle one's deadline and past it now: still open, still in sync.
    expect(editor.socket.webSocket?.readyState).toBe(WebSocket.OPEN);
    type(editor.doc, 'Toujours connectée.');
    await expect.poll(() => plainText(contentFromYState(fetchDocumentState(name)))).toContain('Toujours connectée.');
  });

  it('refuses more sockets than the cap from one address with 429, and accepts again once one closes', async () => {
    const { url } = await start({ maxSocketsPerAddress: 3, authTimeoutMs: 60_000 });
    const open = [rawSocket(url), rawSocket(url), rawSocket(url)];
    for (const socket of open) expect(await socket.opened).toBe('open');
    const refused = rawSocket(url);
    expect(await refused.opened).toBe(429);
    open[0]!.ws.close();
    await open[0]!.closed;
    await expect.poll(async () => rawSocket(url).opened).toBe('open');
  });
});

describe('rights and session asked again while typing (issue 24.3)', () => {
  it('tells a demoted editor that the section is read-only and drops what they type next', async () => {
    const { ws, name, collaboration, editor } = await editorInSync({ recheckMs: 100 });
    db.update(memberships)
      .set({ role: 'reviewer' })
      .where(and(eq(memberships.userId, ws.people.editor.id), eq(memberships.workspaceId, ws.id)))
      .run();
    await expect.poll(() => editor.notices).toContainEqual({ type: 'rights', readOnly: true });
    type(editor.doc, 'Écrit après la rétrogradation.');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(plainText(contentFromYState(Y.encodeStateAsUpdate(collaboration.hocuspocus.documents.get(name)!)))).not.toContain('rétrogradation');
  });

  it('closes the connection of a person removed from the workspace, saying why', async () => {
    const { ws, editor } = await editorInSync({ recheckMs: 100 });
    db.delete(memberships)
      .where(and(eq(memberships.userId, ws.people.editor.id), eq(memberships.workspaceId, ws.id)))
      .run();
    await expect.poll(() => editor.closes.map(revokeReasonOf)).toContain('access-removed');
  });

  it('closes a connection whose session has ended, though the membership is intact', async () => {
    // A session that ends in 2 s, as a signed-out or expired one: the membership does not change.
    const { editor } = await editorInSync({ recheckMs: 100 }, 2);
    expect(editor.closes).toEqual([]);
    await expect.poll(() => editor.closes.map(revokeReasonOf), { timeout: 6_000 }).toContain('signed-out');
  });
});

describe('a database that cannot store (issue 18.9)', () => {
  it('tells the editors their text is not saved because the disk is full, and stores it once space returns', async () => {
    const { name, collaboration, editor } = await editorInSync({ retryStoreMs: 100 });
    // The database may not grow by one page: SQLite answers SQLITE_FULL, as on a full disk.
    const sqlite = rawSqlite();
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);
    const long = 'Texte long écrit pendant que le disque est plein. '.repeat(400);
    type(editor.doc, long);
    await expect.poll(() => editor.notices).toContainEqual({ type: 'save-failed', reason: 'disk-full' });
    expect(collaboration.unsavedDocuments().get(name)).toBe('disk-full');
    expect(plainText(contentFromYState(fetchDocumentState(name)))).not.toContain('disque est plein');

    sqlite.pragma('max_page_count = 1073741823');
    await expect.poll(() => editor.notices).toContainEqual({ type: 'saved' });
    expect(plainText(contentFromYState(fetchDocumentState(name)))).toContain('disque est plein');
    expect(collaboration.unsavedDocuments().size).toBe(0);
  });
});
