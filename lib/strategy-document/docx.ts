import { BorderStyle, HeadingLevel, ImageRun, Paragraph, type Table, TextRun, type ParagraphChild } from 'docx';
import type { Locale } from '@/lib/i18n/config';
import { adoptionLine, documentExport, type Block } from './render';
import { wordDataTable, wordFile, wordLanguage } from './word-file';
import type { AdoptionMark, DocumentSnapshot, PmNode } from './types';

// The DOCX export: the same blocks as the print view, as Word headings, paragraphs, lists and
// tables. Charts are embedded as PNG images when the caller rasterised them (lib/strategy-document/
// chromium.ts); without them the table that follows each chart carries the same figures.

export type ChartImage = { png: Buffer; width: number; height: number };
export type DocxMeta = { locale: Locale; versionName?: string | null; generatedAt: Date; charts?: Map<string, ChartImage>; adoption?: AdoptionMark | null };

/** The key under which a chart's image is looked up: its caption and figures. */
export function chartKey(block: Extract<Block, { type: 'bars' }>) {
  return `${block.caption}|${block.items.map((i) => `${i.label}=${i.value}`).join(';')}`;
}

export { wordLanguage };

type Marks = { bold?: boolean; italics?: boolean; underline?: object; strike?: boolean; font?: string; language?: { value: string } };

/** The run option marking text written in `lang` when it is not the document's language (nothing otherwise). */
function languageOf(lang: string | undefined, locale: Locale): Marks {
  return lang && lang !== locale ? { language: { value: wordLanguage(lang) } } : {};
}

function runs(nodes: PmNode[] | undefined, marks: Marks = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      const m: Marks = { ...marks };
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') m.bold = true;
        if (mark.type === 'italic') m.italics = true;
        if (mark.type === 'underline') m.underline = {};
        if (mark.type === 'strike') m.strike = true;
        if (mark.type === 'code') m.font = 'Courier New';
      }
      out.push(new TextRun({ text: node.text ?? '', ...m }));
    } else if (node.type === 'hardBreak') {
      out.push(new TextRun({ text: '', break: 1 }));
    } else {
      out.push(...runs(node.content, marks));
    }
  }
  return out;
}

export function richParagraphs(node: PmNode, list?: { ordered: boolean; level: number }, quote = false, base: Marks = {}): Paragraph[] {
  switch (node.type) {
    case 'doc':
      return (node.content ?? []).flatMap((c) => richParagraphs(c, list, quote, base));
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(node.content, quote ? { ...base, italics: true } : base),
          ...(list ? (list.ordered ? { numbering: { reference: 'ordered', level: list.level } } : { bullet: { level: list.level } }) : {}),
          ...(quote ? { indent: { left: 567 } } : {}),
          spacing: { after: 120 },
        }),
      ];
    case 'heading':
      return [new Paragraph({ heading: Number(node.attrs?.level) >= 4 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: runs(node.content, base) })];
    case 'bulletList':
    case 'orderedList': {
      const level = list ? list.level + 1 : 0;
      return (node.content ?? []).flatMap((item) =>
        (item.content ?? []).flatMap((c) => richParagraphs(c, { ordered: node.type === 'orderedList', level: Math.min(level, 3) }, quote, base)),
      );
    }
    case 'blockquote':
      return (node.content ?? []).flatMap((c) => richParagraphs(c, list, true, base));
    case 'codeBlock':
      return [new Paragraph({ children: runs(node.content, { ...base, font: 'Courier New' }) })];
    case 'horizontalRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
    default:
      return node.content ? node.content.flatMap((c) => richParagraphs(c, list, quote, base)) : [];
  }
}

function blockElements(block: Block, snapshotSection: PmNode | null, meta: DocxMeta): (Paragraph | Table)[] {
  switch (block.type) {
    case 'rich':
      // A chapter left in its original language is marked so, run by run (issue 17, point 6).
      return snapshotSection ? richParagraphs(snapshotSection, undefined, false, languageOf(block.lang, meta.locale)) : [];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map((i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(i)] }));
    case 'empty':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true, color: '555A60' })] })];
    case 'bars': {
      const image = meta.charts?.get(chartKey(block));
      if (!image) return [];
      const scale = Math.min(1, 600 / image.width);
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], keepNext: true }),
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
              altText: { name: block.caption, title: block.caption, description: block.items.map((i) => `${i.label} ${i.display}`).join(', ') },
            }),
          ],
        }),
      ];
    }
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], keepNext: true, spacing: { before: 160 } }),
        ...wordDataTable(block.head, block.rows, block.numeric),
      ];
  }
}

/** The whole document as a .docx file in a language. */
export async function renderDocx(snapshot: DocumentSnapshot, meta: DocxMeta): Promise<Buffer> {
  const { locale } = meta;
  const { t, view, date, state } = documentExport(snapshot, meta);
  // A title people wrote stays in the original's language in an export in another one.
  const titleLanguage = (index: number) => {
    const source = snapshot.sections[index];
    return source?.kind === 'written' ? languageOf(source.titleLang, locale) : {};
  };
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(view.title)] }),
    new Paragraph({ children: [new TextRun({ text: state, color: '555A60' })], spacing: { after: meta.adoption ? 120 : 240 } }),
    ...(meta.adoption
      ? [new Paragraph({ children: [new TextRun({ text: adoptionLine(meta.adoption, locale), bold: true, color: '1F6F43' })], spacing: { after: 240 } })]
      : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('document.print.contents'))] }),
    ...view.sections.map((s, i) => new Paragraph({ children: [new TextRun({ text: `${i + 1}. ${s.title}`, ...titleLanguage(i) })] })),
  ];
  view.sections.forEach((section, index) => {
    const source = snapshot.sections[index]!;
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun({ text: section.title, ...titleLanguage(index) })] }),
    );
    for (const block of section.blocks) children.push(...blockElements(block, source.kind === 'written' ? source.content : null, meta));
  });
  children.push(
    new Paragraph({ children: [new TextRun({ text: t('document.print.generated', { date: date(meta.generatedAt) }), color: '555A60', size: 18 })] }),
  );
  return wordFile(view.title, locale, children);
}
