import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { collabDocuments } from '@/db/schema';
import { debriefDocumentName } from '@/lib/collab/names';
import { closeCollabDocument, currentDocumentState } from '@/lib/collab/persistence';
import { plainText, richTextToHtml } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';

/**
 * The free text of a mission's debrief, written together live (`debrief:<missionId>`): the live
 * state when the document is open in this process, else the stored one. As HTML for the editor's
 * first render and for readers, and as plain paragraphs for the report (DOCX and PDF).
 */
export function debriefFreeText(tx: Tx, missionId: string) {
  const content = contentFromYState(currentDocumentState(debriefDocumentName(missionId), tx));
  const paragraphs = plainText(content)
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  return { html: richTextToHtml(content), paragraphs };
}

/** A removed mission's free text goes with it: its stored state, and anyone still connected to it. */
export function removeDebriefText(tx: Tx, missionId: string) {
  tx.delete(collabDocuments)
    .where(eq(collabDocuments.name, debriefDocumentName(missionId)))
    .run();
  closeCollabDocument(debriefDocumentName(missionId));
}
