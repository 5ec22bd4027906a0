import { db } from '@/db/client';
import { initializeOutline, listSections } from '@/lib/strategy-document/queries';
import { sectionDocumentName } from '@/lib/collab/names';
import { makeWorkspace } from './fixtures';

/** A new workspace whose strategy document has its default outline (in French), with its sections and the written ones. */
export function outlinedWorkspace(slug: string) {
  const ws = makeWorkspace(slug);
  const editor = ws.ctx('editor');
  db.transaction((tx) => initializeOutline(tx, editor, { locale: 'fr' }));
  const sections = listSections(db, editor);
  return { ws, editor, sections, written: sections.filter((s) => s.kind === 'written') };
}

/** An outlined workspace and the collaborative document name of its first written section. */
export function firstWrittenSection(slug: string) {
  const { ws, written } = outlinedWorkspace(slug);
  return { ws, name: sectionDocumentName(written[0]!.id) };
}
