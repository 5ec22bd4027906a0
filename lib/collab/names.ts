/** The collaborative document of a written section: `section:<sectionId>`. */
export function sectionDocumentName(sectionId: string) {
  return `section:${sectionId}`;
}

/** The section id named by a document name, or null for any other name. */
export function sectionIdFromDocumentName(name: string): string | null {
  const match = /^section:([0-9a-zA-Z-]{1,64})$/.exec(name);
  return match ? match[1]! : null;
}

/** The path on the app's own port where the collaboration server accepts WebSocket upgrades. */
export const COLLAB_PATH = '/collab';

/** The Y.XmlFragment that Tiptap's Collaboration extension binds to (its default `field`). */
export const COLLAB_FIELD = 'default';
