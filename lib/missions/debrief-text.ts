import 'server-only';
import type { Tx } from '@/db/client';
import { debriefDocumentName } from '@/lib/collab/names';
import { currentDocumentState } from '@/lib/collab/persistence';
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
