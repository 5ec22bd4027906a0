/**
 * The copies of collaborative documents this browser keeps (issue 24.1): one IndexedDB database per
 * person and document, `filrouge-collab:<userId>:<documentName>`, written by y-indexeddb on every
 * change, so that what was typed offline survives a reload, a closed tab or a restarted browser and
 * merges on reconnection. They are deleted when the person signs out or erases their account here.
 * Browser only; no Yjs here, so the sign-out button does not load the editor's libraries, and it
 * loads this module only when clicked (lib/collab/local-copy-name.ts names the copies).
 */

import { LOCAL_COPY_PREFIX as PREFIX } from './local-copy-name';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // Blocked: another tab still has it open; the deletion completes when that tab lets go
    // (y-indexeddb closes on `versionchange`), so the sign-out need not wait for it.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Deletes the local copies of one person's documents (or of everyone's, without a user id). Never
 * throws: a browser without IndexedDB or without `indexedDB.databases()` has nothing listed to delete.
 */
export async function forgetLocalCopies(userId?: string): Promise<number> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return 0;
  const prefix = userId ? `${PREFIX}:${userId}:` : `${PREFIX}:`;
  try {
    const names = (await indexedDB.databases()).map((d) => d.name).filter((name): name is string => !!name?.startsWith(prefix));
    await Promise.all(names.map(deleteDatabase));
    return names.length;
  } catch {
    return 0;
  }
}
