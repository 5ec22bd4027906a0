/**
 * What the collaboration server tells an editor beyond Yjs (issue 24): shared by lib/collab/server.ts
 * and components/strategy-document/collab-editor.tsx. Sent as Hocuspocus stateless messages (JSON) or as the
 * reason of a document connection's close.
 */

/** A change the editor must show: the server's store failed or works again, the person's rights changed. */
export type CollabNotice = { type: 'saved' } | { type: 'save-failed'; reason: SaveFailure } | { type: 'rights'; readOnly: boolean };

/** Why the server could not keep a document: the disk (or the database's size limit) is full, or anything else. */
export type SaveFailure = 'disk-full' | 'store-failed';

/** Why the server ended a person's connection to a document while it was open. */
export type RevokeReason = 'signed-out' | 'access-removed';

const CLOSE_PREFIX = 'filrouge:';

/** The close reason the server sends when it ends a connection because of the person's session or rights. */
export function closeReason(reason: RevokeReason): string {
  return `${CLOSE_PREFIX}${reason}`;
}

/** The revocation a close reason carries, or null for any other close (network, restart). */
export function revokeReasonOf(reason: string | undefined): RevokeReason | null {
  if (reason === closeReason('signed-out')) return 'signed-out';
  if (reason === closeReason('access-removed')) return 'access-removed';
  return null;
}

/** Parses a stateless payload; anything unknown is ignored (null). */
export function parseNotice(payload: string): CollabNotice | null {
  try {
    const value = JSON.parse(payload) as Partial<CollabNotice> & { reason?: unknown; readOnly?: unknown };
    if (value.type === 'saved') return { type: 'saved' };
    if (value.type === 'save-failed') return { type: 'save-failed', reason: value.reason === 'disk-full' ? 'disk-full' : 'store-failed' };
    if (value.type === 'rights' && typeof value.readOnly === 'boolean') return { type: 'rights', readOnly: value.readOnly };
  } catch {
    // Not ours.
  }
  return null;
}

/** How often the server pings every socket: the heartbeat an editor's status is based on. */
export const PING_INTERVAL_MS = 1_500;

/** Silence after which an editor says it is offline: a few missed pings (the status must turn within 5 s). */
export const CLIENT_SILENCE_MS = 3_500;

/** Silence after which the server drops a socket (and its presence): the client answers every ping. */
export const SERVER_SILENCE_MS = 10_000;
