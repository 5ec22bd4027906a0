import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { collabDocuments, documentSections } from '@/db/schema';
import { sectionIdFromDocumentName } from './names';

// No `server-only`: used by the collaboration server and by the app's server code alike.

/** The stored Yjs state of a document, or null when nothing was stored yet. */
export function fetchDocumentState(name: string, tx: Tx = db): Uint8Array | null {
  const row = tx.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name)).get();
  return row ? new Uint8Array(row.state) : null;
}

/**
 * Stores a document's full Yjs state. The workspace comes from the section itself, and nothing is
 * stored for a section that no longer exists (a late save must not bring a removed section back).
 */
export function storeDocumentState(name: string, state: Uint8Array, tx: Tx = db): boolean {
  const sectionId = sectionIdFromDocumentName(name);
  if (!sectionId) return false;
  const section = tx.select({ workspaceId: documentSections.workspaceId }).from(documentSections).where(eq(documentSections.id, sectionId)).get();
  if (!section) return false;
  const now = new Date();
  const buffer = Buffer.from(state);
  tx.insert(collabDocuments)
    .values({ name, workspaceId: section.workspaceId, state: buffer, updatedAt: now })
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
};

const holder = globalThis as unknown as { filrougeCollab?: CollabBridge };

export function setCollabBridge(bridge: CollabBridge | undefined) {
  holder.filrougeCollab = bridge;
}

/** The freshest state of a document: live when it is open in this process, else as stored. */
export function currentDocumentState(name: string, tx: Tx = db): Uint8Array | null {
  return holder.filrougeCollab?.liveState(name) ?? fetchDocumentState(name, tx);
}

/** Disconnects everyone from a document (its section was removed). */
export function closeCollabDocument(name: string) {
  holder.filrougeCollab?.closeDocument(name);
}
