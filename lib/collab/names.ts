/** The collaborative document of a written section: `section:<sectionId>`. */
export function sectionDocumentName(sectionId: string) {
  return `section:${sectionId}`;
}

/** The section id named by a document name, or null for any other name. */
export function sectionIdFromDocumentName(name: string): string | null {
  const match = /^section:([0-9a-zA-Z-]{1,64})$/.exec(name);
  return match ? match[1]! : null;
}

/** The translation of a written section into `language`: `section:<sectionId>:tr:<language>`. */
export function translationDocumentName(sectionId: string, language: string) {
  return `section:${sectionId}:tr:${language}`;
}

/** The rich part (joint objectives) of a partnership's page: `partnership:<partnershipId>`. */
export function partnershipDocumentName(partnershipId: string) {
  return `partnership:${partnershipId}`;
}

/** The free text of a mission's debrief, written together live: `debrief:<missionId>`. */
export function debriefDocumentName(missionId: string) {
  return `debrief:${missionId}`;
}

/** A written chapter of a yearly evaluation (summary, lessons, next year): `evaluation:<evaluationId>:<chapter>`. */
export function evaluationDocumentName(evaluationId: string, chapter: string) {
  return `evaluation:${evaluationId}:${chapter}`;
}

/** Every kind of collaborative document the server accepts; any other name is refused. */
export type CollabDocumentRef =
  | { type: 'section'; sectionId: string }
  | { type: 'translation'; sectionId: string; language: string }
  | { type: 'partnership'; partnershipId: string }
  | { type: 'evaluation'; evaluationId: string; chapter: string }
  | { type: 'debrief'; missionId: string };

/** What a document name designates, or null for a name the server does not serve. */
export function parseDocumentName(name: string): CollabDocumentRef | null {
  const sectionId = sectionIdFromDocumentName(name);
  if (sectionId) return { type: 'section', sectionId };
  const translation = /^section:([0-9a-zA-Z-]{1,64}):tr:([a-z]{2,3})$/.exec(name);
  if (translation) return { type: 'translation', sectionId: translation[1]!, language: translation[2]! };
  const partnership = /^partnership:([0-9a-zA-Z-]{1,64})$/.exec(name);
  if (partnership) return { type: 'partnership', partnershipId: partnership[1]! };
  const evaluation = /^evaluation:([0-9a-zA-Z-]{1,64}):(summary|lessons|nextYear)$/.exec(name);
  if (evaluation) return { type: 'evaluation', evaluationId: evaluation[1]!, chapter: evaluation[2]! };
  const debrief = /^debrief:([0-9a-zA-Z-]{1,64})$/.exec(name);
  if (debrief) return { type: 'debrief', missionId: debrief[1]! };
  return null;
}

/** The path on the app's own port where the collaboration server accepts WebSocket upgrades. */
export const COLLAB_PATH = '/collab';

/** The Y.XmlFragment that Tiptap's Collaboration extension binds to (its default `field`). */
export const COLLAB_FIELD = 'default';
