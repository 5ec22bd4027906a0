'use client';

import { useEffect, useState } from 'react';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { COLLAB_PATH } from '@/lib/collab/names';
import { localCopyName } from '@/lib/collab/local-copy-name';
import { CLIENT_SILENCE_MS, parseNotice, revokeReasonOf, type RevokeReason, type SaveFailure } from '@/lib/collab/protocol';

/** Why this person may no longer write here, found while the page was open. */
export type Revoked = RevokeReason | 'demoted';

/** What the editor tells the person, from the most to the least pressing. */
export type CollabState =
  | { kind: 'revoked'; reason: Revoked }
  | { kind: 'denied' }
  | { kind: 'offline' }
  | { kind: 'connecting' }
  | { kind: 'reconnecting' }
  | { kind: 'notSaved'; reason: SaveFailure }
  | { kind: 'saving' }
  | { kind: 'saved' };

export type CollabSession = {
  provider: HocuspocusProvider | null;
  state: CollabState;
  /** Local edits the server has not acknowledged yet (kept in this browser meanwhile). */
  pending: number;
  /** The document has content to show: synced with the server once, or loaded from the local copy. */
  loaded: boolean;
  peers: string[];
};

// One WebSocket for every section of the page: Hocuspocus multiplexes documents over it.
let shared: { socket: HocuspocusProviderWebsocket; users: number; heardAt: number } | null = null;

function acquireSocket() {
  if (!shared) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const entry = {
      socket: new HocuspocusProviderWebsocket({
        url: `${scheme}://${window.location.host}${COLLAB_PATH}`,
        // The server pings every 1.5 s: a socket silent for 6 s is closed and opened again
        // (Hocuspocus' default is 30 s, which kept a dead link "connected" for about 38 s).
        messageReconnectTimeout: 6_000,
        // Retries stay frequent on links that drop often.
        maxDelay: 5_000,
      }),
      users: 0,
      heardAt: Date.now(),
    };
    entry.socket.on('message', () => {
      entry.heardAt = Date.now();
    });
    shared = entry;
  }
  shared.users += 1;
  return shared;
}

function releaseSocket() {
  if (!shared) return;
  shared.users -= 1;
  if (shared.users === 0) {
    shared.socket.destroy();
    shared = null;
  }
}

/**
 * The connection of one collaborative document (issue 24): the Hocuspocus provider on the page's
 * shared socket, the local copy in IndexedDB for a person who writes, and a status that follows the
 * browser's online/offline events and the server's heartbeat, what is waiting to be sent, what the
 * server says of its store and of the person's rights, and a sign-out in another tab.
 */
export function useCollabSession({ name, doc, userId, editable }: { name: string; doc: Y.Doc; userId: string; editable: boolean }): CollabSession {
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [socketStatus, setSocketStatus] = useState<'connecting' | 'connected' | 'disconnected'>('connecting');
  const [synced, setSynced] = useState(false);
  const [everSynced, setEverSynced] = useState(false);
  const [localLoaded, setLocalLoaded] = useState(false);
  const [pending, setPending] = useState(0);
  const [saveFailure, setSaveFailure] = useState<SaveFailure | null>(null);
  const [revoked, setRevoked] = useState<Revoked | null>(null);
  const [denied, setDenied] = useState(false);
  const [peers, setPeers] = useState<string[]>([]);
  const [now, setNow] = useState(() => Date.now());
  const [heardAt, setHeardAt] = useState(() => Date.now());
  const [online, setOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    const entry = acquireSocket();
    const socket = entry.socket;
    // A person who may write keeps a copy in this browser: what is typed offline survives a reload.
    const persistence = editable ? new IndexeddbPersistence(localCopyName(userId, name), doc) : null;
    void persistence?.whenSynced.then((p) => {
      setLocalLoaded(true);
      // Deleted from another tab (sign-out): stop writing to it rather than fail on a closed database.
      if (p.db) p.db.onversionchange = () => void p.destroy();
    });
    let unacknowledged = 0;
    const p = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      // The session cookie authenticates the connection; the token only starts the handshake.
      token: 'session-cookie',
      onStatus: ({ status }) => {
        setSocketStatus(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'disconnected');
        if (status !== 'connected') setSynced(false);
      },
      // The page's WebSocket may already be open when this section attaches: a sync proves the connection.
      onSynced: ({ state }) => {
        setSynced(state);
        if (state) {
          // The page's socket may have been open before this section attached: no status event then.
          setSocketStatus('connected');
          setEverSynced(true);
          setDenied(false);
        }
      },
      onAuthenticated: ({ scope }) => {
        if (scope === 'readonly' && editable) setRevoked((r) => r ?? 'demoted');
      },
      onAuthenticationFailed: () => setDenied(true),
      onClose: ({ event }) => {
        setSynced(false);
        const reason = revokeReasonOf(event?.reason);
        if (reason) setRevoked(reason);
      },
      onStateless: ({ payload }) => {
        const notice = parseNotice(payload);
        if (notice?.type === 'save-failed') setSaveFailure(notice.reason);
        else if (notice?.type === 'saved') setSaveFailure(null);
        else if (notice?.type === 'rights') setRevoked((r) => (notice.readOnly ? (r ?? 'demoted') : r === 'demoted' ? null : r));
      },
      // The provider counts again from 1 at each reconnection; the local count only ends at a full acknowledgement.
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && unacknowledged > 0) {
          unacknowledged = 0;
          setPending(0);
        }
      },
      onAwarenessChange: ({ states }) => {
        const me = p.awareness?.clientID;
        setPeers(
          states
            .filter((s) => s.clientId !== me && (s as { user?: { name?: string } }).user?.name)
            .map((s) => (s as unknown as { user: { name: string } }).user.name),
        );
      },
    });
    // Every local change (typed, or restored from the local copy) waits for the server's acknowledgement.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      // A reader's document takes no local edits the server would accept: nothing waits for it.
      if (origin === p || !editable) return;
      unacknowledged += 1;
      setPending(unacknowledged);
    };
    doc.on('update', onUpdate);
    p.attach();
    // The provider is an external resource that exists only while mounted (and StrictMode mounts
    // twice); the editor is built once it exists, hence state set from this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProvider(p);

    // The heartbeat, read twice a second; the browser's own events act at once.
    let silent = false;
    const resyncIfBack = () => {
      const silentNow = !navigator.onLine || Date.now() - entry.heardAt > CLIENT_SILENCE_MS;
      // Heard again on a socket that stayed open: what was sent into the dead link may be lost,
      // so the state vectors are exchanged again and whatever the server misses is sent.
      if (silent && !silentNow && p.isAuthenticated) p.forceSync();
      silent = silentNow;
    };
    const tick = setInterval(() => {
      resyncIfBack();
      setNow(Date.now());
      setHeardAt(entry.heardAt);
    }, 500);
    const onOnline = () => {
      setOnline(true);
      resyncIfBack();
      // Back online: try at once rather than at the end of the current back-off.
      void socket.connect();
    };
    // Offline, the socket may stay open but deliver nothing (or deliver late, out of order with what
    // the page shows): it is closed, and what is typed stays in this document and the browser's copy
    // until the socket is opened again, where the state vectors decide what the server misses.
    const onOffline = () => {
      setOnline(false);
      socket.disconnect();
    };
    // next-auth tells the other tabs of a sign-out through localStorage (its BroadcastChannel).
    const storage = (event: StorageEvent) => {
      if (event.key !== 'nextauth.message' || !event.newValue) return;
      try {
        const message = JSON.parse(event.newValue) as { event?: string; data?: { trigger?: string } };
        if (message.event === 'session' && message.data?.trigger === 'signout') {
          setRevoked('signed-out');
          void persistence?.destroy();
        }
      } catch {
        // Not a message of next-auth's.
      }
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    window.addEventListener('storage', storage);
    return () => {
      clearInterval(tick);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('storage', storage);
      doc.off('update', onUpdate);
      p.destroy();
      void persistence?.destroy();
      releaseSocket();
    };
  }, [name, doc, userId, editable]);

  // Leaving with edits the server has not acknowledged (or could not store) asks for confirmation.
  const unsafeToLeave = editable && (pending > 0 || saveFailure !== null);
  useEffect(() => {
    if (!unsafeToLeave) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsafeToLeave]);

  // The heartbeat's verdict: the browser says it is offline, or the server has not been heard for a while.
  const offlineNow = !online || now - heardAt > CLIENT_SILENCE_MS;
  let state: CollabState;
  if (revoked) state = { kind: 'revoked', reason: revoked };
  else if (denied) state = { kind: 'denied' };
  else if (offlineNow) state = { kind: 'offline' };
  else if (socketStatus !== 'connected' || !synced) state = everSynced ? { kind: 'reconnecting' } : { kind: 'connecting' };
  else if (saveFailure) state = { kind: 'notSaved', reason: saveFailure };
  // "Saved" only once the server acknowledged everything: a page that says so may be left at once.
  else if (pending > 0) state = { kind: 'saving' };
  else state = { kind: 'saved' };

  // Presence only while this page is really connected: offline, the others are not known to be there.
  const connected = state.kind === 'saved' || state.kind === 'saving' || state.kind === 'notSaved';
  return { provider, state, pending, loaded: everSynced || localLoaded, peers: connected ? peers : [] };
}
