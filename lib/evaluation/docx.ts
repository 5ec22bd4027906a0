import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Locale } from '@/lib/i18n/config';
import { richParagraphs } from '@/lib/strategy-document/docx';
import { wordDataTable, wordFile } from '@/lib/strategy-document/word-file';
import type { EvaluationSnapshot } from './types';
import { evaluationView } from './render';

// The evaluation as a Word document: the same strings as the page and the print view
// (./render.ts), with the strategy document's DOCX pieces (cells, rich text of written chapters).

export type EvaluationExportMeta = { locale: Locale; workspaceName: string; stateLine: string; adoptionLine: string | null };

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const muted = (text: string) => new Paragraph({ children: [new TextRun({ text, color: '555A60' })], spacing: { after: 160 } });

/** Renders an evaluation (live or frozen) as a DOCX file in `meta.locale`. */
export async function renderEvaluationDocx(snapshot: EvaluationSnapshot, meta: EvaluationExportMeta): Promise<Buffer> {
  const view = evaluationView(snapshot, meta.workspaceName, meta.locale);
  const children: (Paragraph | Table)[] = [heading(view.title, HeadingLevel.TITLE), muted(meta.stateLine)];
  if (meta.adoptionLine)
    children.push(new Paragraph({ children: [new TextRun({ text: meta.adoptionLine, bold: true, color: '1F6F43' })], spacing: { after: 240 } }));
  snapshot.written.forEach((written, i) => {
    children.push(heading(view.written[i]!.title, HeadingLevel.HEADING_1));
    const paragraphs = richParagraphs(written.content);
    children.push(...(paragraphs.length ? paragraphs : [muted(view.data[0]?.empty ?? '')]));
  });
  for (const chapter of view.data) {
    children.push(heading(chapter.title, HeadingLevel.HEADING_1));
    if (chapter.note) children.push(muted(chapter.note));
    for (const table of chapter.tables) {
      children.push(new Paragraph({ children: [new TextRun({ text: table.caption, italics: true })], spacing: { after: 80 } }));
      if (table.rows.length === 0) {
        children.push(muted(chapter.empty));
        continue;
      }
      children.push(...wordDataTable(table.head, table.rows, table.numeric));
    }
  }
  return wordFile(view.title, meta.locale, children);
}
