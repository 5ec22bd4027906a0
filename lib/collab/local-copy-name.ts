/**
 * The name of the IndexedDB database in which this browser keeps a person's copy of a collaborative
 * document (lib/collab/local-copy.ts). Its own module: the editor names the copy it writes, while
 * the code that deletes the copies loads only when someone signs out.
 */

export const LOCAL_COPY_PREFIX = 'filrouge-collab';

/** The IndexedDB database holding a person's copy of a document. */
export function localCopyName(userId: string, documentName: string): string {
  return `${LOCAL_COPY_PREFIX}:${userId}:${documentName}`;
}
