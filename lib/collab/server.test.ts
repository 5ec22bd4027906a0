import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { makeWorkspace } from '@/lib/test/fixtures';
import { assignSection } from '@/lib/strategy-document/queries';
import { plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { collabHarness, sessionCookie, textOf, type } from '@/lib/test/collab-harness';
import { fetchDocumentState } from './persistence';
import { sectionDocumentName } from './names';
import { outlinedWorkspace } from '@/lib/test/outline';

process.env.NEXTAUTH_SECRET ??= 'vitest-secret-0123456789abcdef';

const { start, stop, connect, closeClients } = collabHarness();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup() {
  const { ws, editor, sections, written } = outlinedWorkspace('alpha');
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
