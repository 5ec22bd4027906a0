import { afterEach } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { authSecret } from '@/lib/auth/secret';
import { createCollaboration, type Collaboration, type CollaborationOptions } from '@/lib/collab/server';
import { contentFrom, plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState, yStateFromContent } from '@/lib/strategy-document/ydoc';

/**
 * Collaboration clients for Vitest: Hocuspocus providers in Node (with `ws`), sending a browser's
 * headers (session cookie, origin), as a person's tab would.
 */
export type Outcome = 'synced' | 'refused';

/** A next-auth session cookie for a person, signed like the app signs it (`maxAge` in seconds). */
export async function sessionCookie(userId: string, secret = authSecret(), maxAge?: number) {
  const token = await encode({ token: { sub: userId, name: 'x' }, secret, maxAge });
  return `next-auth.session-token=${token}`;
}

export type RunningCollab = { collaboration: Collaboration; server: http.Server; url: string };

/**
 * Real collaboration servers on random ports, mounted as scripts/server.ts mounts them (WebSocket
 * upgrades on /collab), with short store delays; `stopAll` in an `afterEach`.
 */
export function collabServers(defaults: CollaborationOptions = { debounce: 20, maxDebounce: 100 }) {
  const running: RunningCollab[] = [];
  const start = async (options: CollaborationOptions = {}): Promise<RunningCollab> => {
    const collaboration = createCollaboration({ ...defaults, ...options });
    const server = http.createServer((_request, response) => response.end());
    server.on('upgrade', (request, socket, head) => {
      if (!collaboration.handleUpgrade(request, socket, head)) socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const entry = { collaboration, server, url: `ws://127.0.0.1:${port}/collab` };
    running.push(entry);
    return entry;
  };
  const stop = async (entry: RunningCollab) => {
    await entry.collaboration.close();
    entry.server.closeAllConnections();
    await new Promise<void>((resolve) => entry.server.close(() => resolve()));
    running.splice(running.indexOf(entry), 1);
  };
  const stopAll = async () => {
    for (const entry of [...running]) await stop(entry);
  };
  return { start, stop, stopAll };
}

export function collabClients() {
  const providers: HocuspocusProvider[] = [];
  const sockets: HocuspocusProviderWebsocket[] = [];
  /** Connects a provider with these headers and resolves once synced or refused (5 s at most). */
  const connect = (url: string, name: string, headers: Record<string, string>, doc = new Y.Doc()) => {
    class HeaderSocket extends WebSocket {
      constructor(address: string) {
        super(address, { headers });
      }
    }
    let settle: (o: Outcome) => void = () => {};
    const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
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
    return { provider, socket, doc, outcome: Promise.race([outcome, timeout]) };
  };
  const close = () => {
    for (const provider of providers.splice(0)) provider.destroy();
    for (const socket of sockets.splice(0)) socket.destroy();
  };
  return { connect, close };
}

/** Servers and clients for one test file, the clients closed and the servers stopped after each test. */
export function collabHarness(defaults?: CollaborationOptions) {
  const servers = collabServers(defaults);
  const clients = collabClients();
  afterEach(async () => {
    clients.close();
    await servers.stopAll();
  });
  return { start: servers.start, stop: servers.stop, connect: clients.connect, closeClients: clients.close };
}

/** The plain text of a Yjs document as the editor writes it. */
export const textOf = (doc: Y.Doc) => plainText(contentFromYState(Y.encodeStateAsUpdate(doc)));

/** The plain text of a stored state. */
export const storedText = (state: Uint8Array | null) => plainText(contentFromYState(state));

/** Writes a paragraph into a client's document as the editor would. */
export function type(doc: Y.Doc, text: string) {
  Y.applyUpdate(doc, yStateFromContent(contentFrom([text])));
}
