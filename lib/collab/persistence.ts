import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { collabDocuments } from '@/db/schema';
import { resolveCollabDocument } from '@/lib/partnerships/access';
import { recordTranslationState } from '@/lib/partnerships/translation-state';
import { parseDocumentName, sectionDocumentName } from './names';

// No `server-only`: used by the collaboration server and by the app's server code alike.

/** The stored Yjs state of a document, or null when nothing was stored yet. */
export function fetchDocumentState(name: string, tx: Tx = db): Uint8Array | null {
  const row = tx.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name)).get();
  return row ? new Uint8Array(row.state) : null;
}

/**
 * Stores a document's full Yjs state. The workspace comes from the document's own record, and
 * nothing is stored for one that no longer exists (a late save must not bring a removed section
 * back). A translation's store also records, when its text changed, the original's text it now
 * follows (lib/partnerships/translations.ts tells from it whether the translation is out of date).
 */
export function storeDocumentState(name: string, state: Uint8Array, tx: Tx = db): boolean {
  const ref = parseDocumentName(name);
  if (!ref) return false;
  const target = resolveCollabDocument(ref, tx);
  if (!target) return false;
  if (ref.type === 'translation') {
    recordTranslationState(tx, ref, state, currentDocumentState(sectionDocumentName(ref.sectionId), tx));
  }
  const now = new Date();
  const buffer = Buffer.from(state);
  tx.insert(collabDocuments)
    .values({ name, workspaceId: target.workspaceId, state: buffer, updatedAt: now })
    .onConflictDoUpdate({ target: collabDocuments.name, set: { state: buffer, updatedAt: now } })
    .run();
  return true;
}

/**
 * What the app's server code and the collaboration server share in one process: the live state
 * of a document that is open right now (newer than the stored one until the debounced save), and
 * a way to close a removed section's connections. Set by lib/collab/server.ts.
 */
export type CollabBridge = {
  liveState(name: string): Uint8Array | null;
  closeDocument(name: string): void;
  /** Counts the changes to open documents since the server started. */
  revision(): number;
  /** In a worker process: asks the collaboration owner to store what changed (lib/collab/owner.ts). */
  flush?(): Promise<void>;
};

const holder = globalThis as unknown as { filrougeCollab?: CollabBridge };

export function setCollabBridge(bridge: CollabBridge | undefined) {
  holder.filrougeCollab = bridge;
}

/** The freshest state of a document: live when it is open in this process, else as stored. */
export function currentDocumentState(name: string, tx: Tx = db): Uint8Array | null {
  return holder.filrougeCollab?.liveState(name) ?? fetchDocumentState(name, tx);
}

/**
 * Changes to the open documents so far: with the database's state (db/state.ts), what a cache of
 * views built from live text must key on, since live text reaches the database only when saved.
 */
export function collabRevision(): number {
  return holder.filrougeCollab?.revision() ?? 0;
}

/** Disconnects everyone from a document (its section was removed). */
export function closeCollabDocument(name: string) {
  holder.filrougeCollab?.closeDocument(name);
}

/**
 * Makes the database hold every live change before it is read. Nothing to do in one process (live
 * state is read in place); in a worker, the collaboration owner stores its changed documents.
 */
export async function flushLiveDocuments(): Promise<void> {
  await holder.filrougeCollab?.flush?.();
}
