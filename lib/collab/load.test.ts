import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { db } from '@/db/client';
import { memberships } from '@/db/schema';
import { makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { initializeOutline, listSections } from '@/lib/strategy-document/queries';
import { plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { collabHarness, sessionCookie, textOf } from '@/lib/test/collab-harness';
import { fetchDocumentState } from './persistence';
import { COLLAB_FIELD, sectionDocumentName } from './names';

process.env.NEXTAUTH_SECRET ??= 'vitest-secret-0123456789abcdef';

/**
 * Load test of the collaboration server (issue 10.6): CLIENTS people open one written section at
 * once through the real Hocuspocus server, authenticated with signed session cookies like the
 * browser's, and type concurrently — each appends its own marked chunks, STEPS times, both to a
 * paragraph they all share and to a paragraph of their own. Every client must converge to the same
 * text holding every chunk exactly once; the text must be stored in SQLite and read back intact by
 * a fresh client after the server restarts.
 */
const CLIENTS = 20;
const STEPS = 6;

const { start, stop, connect: connectClient, closeClients } = collabHarness({ debounce: 50, maxDebounce: 300 });

/** An editor's connection, with its session cookie; `synced` is false when it was refused. */
function connect(url: string, name: string, cookie: string) {
  const client = connectClient(url, name, { cookie });
  return { doc: client.doc, synced: client.outcome.then((o) => o === 'synced') };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const marker = (client: number, step: number) => `[c${String(client).padStart(2, '0')}s${step}]`;

/** The Y.XmlText of a paragraph element (creating it empty if needed). */
function paragraphText(paragraph: Y.XmlElement): Y.XmlText {
  const first = paragraph.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

describe('collaboration under load', () => {
  it(`${CLIENTS} clients typing at once in one section converge to the same text, stored and intact after a restart`, { timeout: 120_000 }, async () => {
    const ws = makeWorkspace('alpha');
    db.transaction((tx) => initializeOutline(tx, ws.ctx('editor'), { locale: 'fr' }));
    const section = listSections(db, ws.ctx('editor')).find((s) => s.kind === 'written')!;
    const name = sectionDocumentName(section.id);
    // Twenty editors of the workspace, each with their own account and session.
    const people = Array.from({ length: CLIENTS }, (_, i) => {
      const person = makeUser(`load-${i}`);
      db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: ws.id, userId: person.id, role: 'editor', createdAt: new Date() }).run();
      return person;
    });

    const first = await start();
    const started = performance.now();
    const clients = await Promise.all(people.map(async (p) => connect(first.url, name, await sessionCookie(p.id))));
    expect(await Promise.all(clients.map((c) => c.synced))).toEqual(Array(CLIENTS).fill(true));
    const connectedAt = performance.now();

    // One paragraph everyone shares, created by the first client and seen by all.
    const shared = new Y.XmlElement('paragraph');
    clients[0]!.doc.getXmlFragment(COLLAB_FIELD).insert(0, [shared]);
    paragraphText(shared).insert(0, 'Partagé : ');
    await expect.poll(() => clients.every((c) => textOf(c.doc).includes('Partagé : ')), { timeout: 20_000 }).toBe(true);

    // Everyone types at once: a paragraph of their own and chunks appended to the shared one.
    let edits = 0;
    await Promise.all(
      clients.map(async ({ doc }, i) => {
        const fragment = doc.getXmlFragment(COLLAB_FIELD);
        const own = new Y.XmlElement('paragraph');
        fragment.insert(fragment.length, [own]);
        const ownText = paragraphText(own);
        const sharedText = paragraphText(fragment.get(0) as Y.XmlElement);
        for (let step = 0; step < STEPS; step++) {
          await wait(Math.floor(Math.random() * 15));
          ownText.insert(ownText.length, `${marker(i, step)} `);
          sharedText.insert(sharedText.length, marker(i, step));
          edits += 2;
        }
      }),
    );
    const typedAt = performance.now();

    const everyMarker = people.flatMap((_, i) => Array.from({ length: STEPS }, (_, step) => marker(i, step)));
    const complete = (text: string) => everyMarker.every((m) => text.split(m).length === 3); // once shared, once own
    await expect
      .poll(() => clients.every((c) => complete(textOf(c.doc))) && new Set(clients.map((c) => textOf(c.doc))).size === 1, { timeout: 60_000, interval: 100 })
      .toBe(true);
    const converged = textOf(clients[0]!.doc);
    const convergedAt = performance.now();
    // The server's live copy agrees, and the debounced save reaches SQLite.
    expect(textOf(first.collaboration.hocuspocus.documents.get(name)!)).toBe(converged);
    await expect.poll(() => plainText(contentFromYState(fetchDocumentState(name))), { timeout: 20_000 }).toBe(converged);

    // Restart: everyone leaves, the server stops, a new one starts, a fresh client reads the text.
    closeClients();
    await stop(first);
    const second = await start();
    const fresh = connect(second.url, name, await sessionCookie(ws.people.reviewer.id));
    expect(await fresh.synced).toBe(true);
    expect(textOf(fresh.doc)).toBe(converged);
    expect(complete(textOf(fresh.doc))).toBe(true);
    const ownParagraphs = fresh.doc
      .getXmlFragment(COLLAB_FIELD)
      .toArray()
      .filter((node) => node.toString().includes(`${marker(0, 0)} `));
    expect(ownParagraphs).toHaveLength(1);

    const figures = {
      clients: CLIENTS,
      edits,
      convergedLength: converged.length,
      connectMs: Math.round(connectedAt - started),
      typingMs: Math.round(typedAt - connectedAt),
      convergeMs: Math.round(convergedAt - started),
      totalMs: Math.round(performance.now() - started),
    };
    console.log(`COLLAB_LOAD ${JSON.stringify(figures)}`);
    expect(edits).toBe(CLIENTS * STEPS * 2);
  });
});
