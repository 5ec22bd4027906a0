import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Locale } from '@/lib/i18n/config';
import type { MissionDetail } from './queries';
import type { getDebriefDetail } from './debrief';
import { missionReportBlocks, type ReportBlock } from './report-blocks';

export { reportFileName } from './report-blocks';

// The mission report as a Word document, with the same docx library as the strategy document's
// export (lib/strategy-document/docx.ts). Its content comes from report-blocks.ts.

const LEVELS = { title: HeadingLevel.TITLE, h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;

function toDocx(block: ReportBlock): Paragraph | Table {
  switch (block.type) {
    case 'table': {
      const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: block.head.map((h) => cell(h, true)) }),
          ...block.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
        ],
      });
    }
    case 'p':
      return new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } });
    case 'li':
      return new Paragraph({ children: [new TextRun(block.text)], bullet: { level: 0 } });
    default:
      return new Paragraph({ heading: LEVELS[block.type], children: [new TextRun(block.text)] });
  }
}

/** Renders the mission report as a DOCX file in `locale`. */
export async function renderMissionReport(detail: MissionDetail, debrief: ReturnType<typeof getDebriefDetail>, locale: Locale): Promise<Buffer> {
  const document = new Document({
    creator: 'Fil rouge',
    title: detail.mission.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: locale === 'fr' ? 'fr-FR' : 'en-GB' } } } } },
    sections: [{ children: missionReportBlocks(detail, debrief, locale).map(toDocx) }],
  });
  return Packer.toBuffer(document);
}
