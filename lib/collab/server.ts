import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Connection, type Document } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticateCollab, CollabRefused, recheckCollabAccess, sameOrigin, sessionTokenFromCookies, type CollabAccess } from './auth';
import { COLLAB_PATH } from './names';
import { fetchDocumentState, setCollabBridge, storeDocumentState } from './persistence';
import { closeReason, PING_INTERVAL_MS, SERVER_SILENCE_MS, type CollabNotice, type RevokeReason, type SaveFailure } from './protocol';

// No `server-only`: scripts/server.ts runs this beside Next on the same port.

type Context = CollabAccess & { token: string | null; checkedAt: number };

/** Hocuspocus' own heartbeat bytes: a one-byte Ping the provider answers with a one-byte Pong. */
const PING = Uint8Array.of(9);
const PONG = 10;

export type CollaborationOptions = {
  debounce?: number;
  maxDebounce?: number;
  /** A socket that has not authenticated a document by then is closed (issue 18.7). */
  authTimeoutMs?: number;
  /** Open sockets per client address; more are refused with 429 (issue 18.7; COLLAB_MAX_SOCKETS_PER_ADDRESS). */
  maxSocketsPerAddress?: number;
  /** How often every open connection's session and rights are asked again (issue 24.3). */
  recheckMs?: number;
  /** How often a document the database refused is stored again (issue 18.9). */
  retryStoreMs?: number;
  pingMs?: number;
};

export type Collaboration = {
  hocuspocus: Hocuspocus<Context>;
  /** Accepts a WebSocket upgrade on COLLAB_PATH; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** The documents the database could not store, and why (the editors say so until they are stored). */
  unsavedDocuments(): ReadonlyMap<string, SaveFailure>;
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

/** The client address the upgrade came from: scripts/server.ts has normalised X-Forwarded-For before. */
function addressOf(request: IncomingMessage): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || request.socket.remoteAddress || 'unknown';
}

/** A full disk (ENOSPC) or a database at its size limit (SQLITE_FULL) is told apart from other failures. */
function failureOf(error: unknown): SaveFailure {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || /disk (?:is )?full|ENOSPC/i.test(message) ? 'disk-full' : 'store-failed';
}

function send(connection: Connection<Context>, notice: CollabNotice) {
  connection.sendStateless(JSON.stringify(notice));
}

/** Closes a document connection with the reason the editor shows (the socket stays open for other documents). */
function revoke(connection: Connection<Context>, reason: RevokeReason) {
  connection.close({ code: 4403, reason: closeReason(reason) });
}

/**
 * The collaboration server: Hocuspocus with its documents stored in SQLite (collab_documents) and
 * every connection authenticated with the app's session and authorised with the app's policy.
 * Suitenumerique/docs runs the same stack (Yjs, Hocuspocus) beside its Next.js front end.
 * Around Hocuspocus (issues 18.7, 18.9, 24): a heartbeat, a deadline to authenticate, a cap per
 * address, rights asked again while connections stay open, and editors told when storing fails.
 */
export function createCollaboration(options: CollaborationOptions = {}): Collaboration {
  const authTimeoutMs = options.authTimeoutMs ?? 10_000;
  const maxSocketsPerAddress = options.maxSocketsPerAddress ?? (Number(process.env.COLLAB_MAX_SOCKETS_PER_ADDRESS) || 50);
  const recheckMs = options.recheckMs ?? 3_000;
  let revision = 0;
  const authenticated = new WeakSet<Request>();
  const unsaved = new Map<string, SaveFailure>();

  function connectionsOf(name: string): Connection<Context>[] {
    return [...(hocuspocus.documents.get(name)?.connections.keys() ?? [])] as Connection<Context>[];
  }

  function markUnsaved(name: string, failure: SaveFailure) {
    const known = unsaved.get(name);
    unsaved.set(name, failure);
    if (known !== failure) for (const connection of connectionsOf(name)) send(connection, { type: 'save-failed', reason: failure });
  }

  function markSaved(name: string) {
    if (!unsaved.delete(name)) return;
    for (const connection of connectionsOf(name)) send(connection, { type: 'saved' });
  }

  /** Stores an open document's state now; false (editors told, retried later) when the database refuses it. */
  function storeOpenDocument(name: string, document: Document): boolean {
    try {
      storeDocumentState(name, Y.encodeStateAsUpdate(document));
    } catch (error) {
      markUnsaved(name, failureOf(error));
      return false;
    }
    markSaved(name);
    return true;
  }

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
          try {
            storeDocumentState(documentName, state);
          } catch (error) {
            // Hocuspocus keeps the document in memory when its store throws; the editors are told,
            // and the retry below stores it once the database accepts writes again.
            markUnsaved(documentName, failureOf(error));
            throw error;
          }
          markSaved(documentName);
        },
      }),
    ],
    // Every change to any open document: server-rendered views of live text key their caches on it.
    async onChange({ documentName }) {
      revision += 1;
      changed.add(documentName);
    },
    async onAuthenticate({ requestHeaders, documentName, connectionConfig, request }) {
      if (!sameOrigin(requestHeaders)) throw new CollabRefused('forbidden');
      const access = await authenticateCollab(requestHeaders, documentName);
      connectionConfig.readOnly = access.readOnly;
      authenticated.add(request);
      return { ...access, token: sessionTokenFromCookies(requestHeaders.get('cookie')), checkedAt: Date.now() } satisfies Context;
    },
    async connected({ documentName, connection }) {
      const failure = unsaved.get(documentName);
      if (failure) send(connection, { type: 'save-failed', reason: failure });
    },
    // Rights are asked again before a message of a connection not checked for a while, and for
    // every connection on a timer (recheckAll): whichever comes first.
    async beforeHandleMessage({ context, documentName, connection }) {
      if (!context?.userId || Date.now() - context.checkedAt < recheckMs) return;
      const outcome = await recheck(connection as Connection<Context>, documentName);
      if (outcome) throw Object.assign(new Error(outcome), { code: 4403, reason: closeReason(outcome) });
    },
  });

  /** Applies a connection's current session and rights: read-only when demoted, closed when signed out or removed. */
  async function recheck(connection: Connection<Context>, documentName: string): Promise<RevokeReason | null> {
    const context = connection.context;
    context.checkedAt = Date.now();
    const outcome = await recheckCollabAccess(context.userId, context.token, documentName);
    if (typeof outcome === 'string') return outcome;
    if (outcome.readOnly !== connection.readOnly) {
      connection.readOnly = outcome.readOnly;
      send(connection, { type: 'rights', readOnly: outcome.readOnly });
    }
    return null;
  }

  async function recheckAll() {
    for (const document of [...hocuspocus.documents.values()]) {
      for (const connection of connectionsOf(document.name)) {
        if (!connection.context?.userId) continue;
        try {
          const outcome = await recheck(connection, document.name);
          if (outcome) revoke(connection, outcome);
        } catch (error) {
          console.error('[collab] recheck failed', error);
        }
      }
    }
  }

  async function retryStores() {
    for (const name of [...unsaved.keys()]) {
      const document: Document | undefined = hocuspocus.documents.get(name);
      // Unloaded: nothing is left in memory here, the editors' local copies send it again.
      if (!document) {
        unsaved.delete(name);
        continue;
      }
      if (document.isLoading || !storeOpenDocument(name, document)) continue;
      if (document.getConnectionsCount() === 0) await hocuspocus.unloadDocument(document);
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const lastHeard = new WeakMap<WebSocket, number>();
  const perAddress = new Map<string, number>();

  function accept(ws: WebSocket, request: IncomingMessage) {
    const url = `http://${request.headers.host ?? 'localhost'}${request.url ?? COLLAB_PATH}`;
    const fetchRequest = new Request(url, { headers: headersOf(request) });
    const client = hocuspocus.handleConnection(ws, fetchRequest);
    lastHeard.set(ws, Date.now());
    // A socket that opens and never authenticates holds memory and a slot: closed at the deadline.
    const deadline = setTimeout(() => {
      if (!authenticated.has(fetchRequest)) ws.terminate();
    }, authTimeoutMs);
    ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      lastHeard.set(ws, Date.now());
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      // The answer to our heartbeat; Hocuspocus' server does not parse it.
      if (bytes.length === 1 && bytes[0] === PONG) return;
      client.handleMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    ws.on('close', (code, reason) => {
      clearTimeout(deadline);
      client.handleClose({ code, reason: reason.toString() });
    });
    ws.on('error', () => ws.terminate());
  }

  // The heartbeat: every socket is pinged, and one silent for SERVER_SILENCE_MS is dropped, so that
  // the others' presence lists lose a writer whose connection is gone (issue 24.2).
  const timers = [
    setInterval(() => {
      const now = Date.now();
      for (const ws of wss.clients) {
        if (now - (lastHeard.get(ws) ?? now) > SERVER_SILENCE_MS) ws.terminate();
        else if (ws.readyState === ws.OPEN) ws.send(PING);
      }
    }, options.pingMs ?? PING_INTERVAL_MS),
    setInterval(() => void recheckAll(), recheckMs),
    setInterval(() => void retryStores(), options.retryStoreMs ?? 5_000),
  ];
  for (const timer of timers) timer.unref?.();

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
      const address = addressOf(request);
      const open = perAddress.get(address) ?? 0;
      if (open >= maxSocketsPerAddress) {
        socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return true;
      }
      perAddress.set(address, open + 1);
      // Counted until the TCP socket closes, whether or not the WebSocket handshake succeeds.
      socket.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
      return true;
    },
    unsavedDocuments: () => unsaved,
    storeChanged() {
      let stored = 0;
      for (const name of [...changed]) {
        const document = hocuspocus.documents.get(name);
        changed.delete(name);
        if (!document || document.isLoading) continue;
        // As a debounced store that fails: the editors are told, the retry stores it later.
        if (storeOpenDocument(name, document)) stored += 1;
      }
      return stored;
    },
    async close() {
      for (const timer of timers) clearInterval(timer);
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
