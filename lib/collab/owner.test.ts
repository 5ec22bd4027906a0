import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collabClients, sessionCookie, storedText, textOf, type } from '@/lib/test/collab-harness';
import { forwardUpgrade, readsLiveDocuments, startOwnerChannel, bridgeToOwner } from './owner';
import { closeCollabDocument, currentDocumentState, fetchDocumentState, flushLiveDocuments, setCollabBridge } from './persistence';
import { createCollaboration, type Collaboration } from './server';
import { firstWrittenSection } from '@/lib/test/outline';

process.env.NEXTAUTH_SECRET ??= 'vitest-secret-0123456789abcdef';

const clients = collabClients();
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  clients.close();
  for (const step of cleanup.splice(0).reverse()) await step();
  setCollabBridge(undefined);
});

/**
 * The owner (collaboration with its private channel) and a "worker": a plain HTTP server on a TCP
 * port that pipes /collab upgrades to the owner, as scripts/server.ts's workers do.
 */
async function startOwnerAndWorker() {
  // Nothing is stored by the debounce during a test: only a flush writes.
  const collaboration: Collaboration = createCollaboration({ debounce: 60_000, maxDebounce: 60_000 });
  const socketPath = path.join(os.tmpdir(), `filrouge-owner-test-${process.pid}-${Date.now()}.sock`);
  const channel = await startOwnerChannel(collaboration, socketPath);
  const worker = http.createServer((_request, response) => response.end());
  worker.on('upgrade', (request, socket, head) => forwardUpgrade(socketPath, request, socket, head));
  await new Promise<void>((resolve) => worker.listen(0, '127.0.0.1', resolve));
  const { port } = worker.address() as AddressInfo;
  cleanup.push(async () => {
    worker.closeAllConnections();
    await new Promise((r) => worker.close(r));
    await collaboration.close();
    await new Promise((r) => channel.close(r));
    fs.rmSync(socketPath, { force: true });
  });
  return { collaboration, socketPath, url: `ws://127.0.0.1:${port}/collab`, origin: `http://127.0.0.1:${port}` };
}

describe('collaboration owned by one process, reached from workers', () => {
  it('serves a connection piped from a worker, with the session, origin and policy checks', async () => {
    const { ws, name } = firstWrittenSection('alpha');
    const { url, origin } = await startOwnerAndWorker();
    expect(await clients.connect(url, name, { origin }).outcome).toBe('refused');
    expect(await clients.connect(url, name, { cookie: await sessionCookie(ws.people.editor.id), origin: 'https://evil.example' }).outcome).toBe('refused');
    const a = clients.connect(url, name, { cookie: await sessionCookie(ws.people.editor.id), origin });
    const b = clients.connect(url, name, { cookie: await sessionCookie(ws.people.admin.id), origin });
    expect(await a.outcome).toBe('synced');
    expect(await b.outcome).toBe('synced');
    type(a.doc, 'Écrit par un onglet servi par un worker.');
    await expect.poll(() => textOf(b.doc)).toContain('Écrit par un onglet servi par un worker.');
  });

  it('a worker reads live text after asking the owner to store it, and closes a removed section', async () => {
    const { ws, name } = firstWrittenSection('alpha');
    const { collaboration, socketPath, url, origin } = await startOwnerAndWorker();
    const writer = clients.connect(url, name, { cookie: await sessionCookie(ws.people.editor.id), origin });
    expect(await writer.outcome).toBe('synced');
    type(writer.doc, 'Phrase tapée juste avant la version.');
    await expect.poll(() => textOf(collaboration.hocuspocus.documents.get(name)!)).toContain('Phrase tapée juste avant la version.');

    // As a worker: the live text is the owner's; the database does not hold it yet.
    bridgeToOwner(socketPath);
    expect(storedText(currentDocumentState(name))).not.toContain('Phrase tapée');
    await flushLiveDocuments();
    expect(storedText(fetchDocumentState(name))).toContain('Phrase tapée juste avant la version.');
    expect(storedText(currentDocumentState(name))).toContain('Phrase tapée juste avant la version.');

    expect(collaboration.hocuspocus.getConnectionsCount()).toBe(1);
    closeCollabDocument(name);
    await expect.poll(() => collaboration.hocuspocus.getConnectionsCount()).toBe(0);
  });

  it('knows which requests read live text', () => {
    for (const live of [
      '/val-d-argence/document',
      '/val-d-argence/document/versions/compare?from=current',
      '/api/workspaces/val-d-argence/document/export?format=docx',
      '/val-d-argence/partnerships/p1/sections/s1',
    ])
      expect(readsLiveDocuments(live), live).toBe(true);
    for (const other of ['/val-d-argence/actors', '/val-d-argence/dashboard?x=/document']) expect(readsLiveDocuments(other), other).toBe(false);
  });
});
