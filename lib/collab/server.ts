import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Connection } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticateCollab, CollabRefused, sameOrigin, sectionAccessFor, type CollabAccess } from './auth';
import { COLLAB_PATH } from './names';
import { fetchDocumentState, setCollabBridge, storeDocumentState } from './persistence';

// No `server-only`: scripts/server.ts runs this beside Next on the same port.

type Context = CollabAccess & { checkedAt: number };

/** How often an open connection's rights are asked again (a role change or removal applies within this). */
const RECHECK_MS = 5_000;

export type Collaboration = {
  hocuspocus: Hocuspocus<Context>;
  /** Accepts a WebSocket upgrade on COLLAB_PATH; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Stores the open documents changed since their last save; returns how many. */
  storeChanged(): number;
  /** Stores every open document and closes every connection. */
  close(): Promise<void>;
};

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * The collaboration server: Hocuspocus with its documents stored in SQLite (collab_documents) and
 * every connection authenticated with the app's session and authorised with the app's policy.
 * Suitenumerique/docs runs the same stack (Yjs, Hocuspocus) beside its Next.js front end.
 */
export function createCollaboration(options: { debounce?: number; maxDebounce?: number } = {}): Collaboration {
  let revision = 0;
  /** Open documents changed since the last flush (lib/collab/owner.ts). */
  const changed = new Set<string>();
  const hocuspocus = new Hocuspocus<Context>({
    name: 'fil-rouge',
    quiet: true,
    debounce: options.debounce ?? 1_000,
    maxDebounce: options.maxDebounce ?? 5_000,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => fetchDocumentState(documentName),
        store: async ({ documentName, state }) => {
          storeDocumentState(documentName, state);
        },
      }),
    ],
    // Every change to any open document: server-rendered views of live text key their caches on it.
    async onChange({ documentName }) {
      revision += 1;
      changed.add(documentName);
    },
    async onAuthenticate({ requestHeaders, documentName, connectionConfig }) {
      if (!sameOrigin(requestHeaders)) throw new CollabRefused('forbidden');
      const access = await authenticateCollab(requestHeaders, documentName);
      connectionConfig.readOnly = access.readOnly;
      return { ...access, checkedAt: Date.now() } satisfies Context;
    },
    // Rights are asked again while a connection stays open: a removed member is disconnected, a
    // contributor whose section was reassigned goes read-only.
    async beforeHandleMessage({ context, documentName, connection }) {
      if (!context?.userId || Date.now() - context.checkedAt < RECHECK_MS) return;
      const access = sectionAccessFor(context.userId, documentName);
      context.checkedAt = Date.now();
      (connection as Connection<Context>).readOnly = access.readOnly;
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });

  function accept(ws: WebSocket, request: IncomingMessage) {
    const url = `http://${request.headers.host ?? 'localhost'}${request.url ?? COLLAB_PATH}`;
    const client = hocuspocus.handleConnection(ws, new Request(url, { headers: headersOf(request) }));
    ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      client.handleMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    ws.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
    ws.on('error', () => ws.terminate());
  }

  setCollabBridge({
    liveState(name) {
      const document = hocuspocus.documents.get(name);
      return document && !document.isLoading ? Y.encodeStateAsUpdate(document) : null;
    },
    closeDocument(name) {
      hocuspocus.closeConnections(name);
    },
    revision: () => revision,
  });

  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname !== COLLAB_PATH) return false;
      wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
      return true;
    },
    storeChanged() {
      let stored = 0;
      for (const name of [...changed]) {
        const document = hocuspocus.documents.get(name);
        changed.delete(name);
        if (!document || document.isLoading) continue;
        storeDocumentState(name, Y.encodeStateAsUpdate(document));
        stored += 1;
      }
      return stored;
    },
    async close() {
      for (const document of hocuspocus.documents.values()) {
        if (!document.isLoading) storeDocumentState(document.name, Y.encodeStateAsUpdate(document));
      }
      hocuspocus.closeConnections();
      for (const client of wss.clients) client.terminate();
      wss.close();
      setCollabBridge(undefined);
    },
  };
}
