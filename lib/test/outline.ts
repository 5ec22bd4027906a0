import { db } from '@/db/client';
import { initializeOutline, listSections } from '@/lib/strategy-document/queries';
import { makeWorkspace } from './fixtures';

/** A new workspace whose strategy document has its default outline (in French), with its sections and the written ones. */
export function outlinedWorkspace(slug: string) {
  const ws = makeWorkspace(slug);
  const editor = ws.ctx('editor');
  db.transaction((tx) => initializeOutline(tx, editor, { locale: 'fr' }));
  const sections = listSections(db, editor);
  return { ws, editor, sections, written: sections.filter((s) => s.kind === 'written') };
}
