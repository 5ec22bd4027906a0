import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Locale } from '@/lib/i18n/config';

// The Word file around an export's paragraphs, and its data tables: one place for the document
// settings (font, language, ordered-list numbering) shared by the strategy document (./docx.ts) and
// the evaluation (lib/evaluation/docx.ts).

const WORD_LANGUAGES: Record<string, string> = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES', pt: 'pt-PT', de: 'de-DE', it: 'it-IT', ar: 'ar-SA' };

/** Word's tag for a language (its spell-check and screen readers read the text in it). */
export function wordLanguage(code: string) {
  return WORD_LANGUAGES[code] ?? code;
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'C5C8CC' };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

/** A table cell: bordered, shaded and bold in the header row, right-aligned when numeric. */
export function cell(text: string, options: { header?: boolean; numeric?: boolean } = {}) {
  return new TableCell({
    borders: BORDERS,
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F1F1EF' } : undefined,
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header })],
      }),
    ],
  });
}

/** A data table filling the page width: a header row, then the rows; `numeric` columns align right. Followed by an empty paragraph. */
export function wordDataTable(head: string[], rows: string[][], numeric: boolean[]): (Paragraph | Table)[] {
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { header: true, numeric: numeric[i] })) }),
        ...rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, { numeric: numeric[i] })) })),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

/** The .docx file of `children` titled `title`, in Calibri, in `locale` (spell-check, screen readers), with the numbering ordered lists use. */
export function wordFile(title: string, locale: Locale, children: (Paragraph | Table)[]): Promise<Buffer> {
  const document = new Document({
    creator: 'Fil rouge',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: wordLanguage(locale) } } } } },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
