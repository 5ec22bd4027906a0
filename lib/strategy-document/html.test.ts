import { describe, expect, it } from 'vitest';
import { blockHtml, renderPrintHtml, type LongTables } from './html';
import type { Block } from './render';
import type { DocumentSnapshot, SectionSnapshot } from './types';

const table = (n: number): Extract<Block, { type: 'table' }> => ({
  type: 'table',
  caption: 'Actions de l’axe <Jeunesse>',
  head: ['Action', 'Budget'],
  rows: Array.from({ length: n }, (_, i) => [`Action ${i + 1} & co`, `${i} €`]),
  numeric: [false, true],
});

const longTables: LongTables = {
  above: 50,
  shown: 25,
  href: '/region/document/print#s-12',
  note: (shown, total) => `${shown} premières lignes sur ${total}.`,
  link: 'Voir le tableau complet',
};

const rowsOf = (html: string) => html.match(/<tr>/g)?.length ?? 0;

describe('blockHtml', () => {
  it('prints every row of a long table, text escaped, with no on-screen wrapper', () => {
    const html = blockHtml(table(120));
    expect(rowsOf(html)).toBe(121); // the head's row and 120
    expect(html).toContain('Action 120 &amp; co');
    expect(html).toContain('<caption>Actions de l’axe &lt;Jeunesse&gt;</caption>');
    expect(html).not.toContain('role="region"');
  });

  it('on screen, shows a long table’s first rows in a named, focusable region and links to the whole table', () => {
    const html = blockHtml(table(120), { screen: true, longTables });
    expect(html).toMatch(/^<div class="table-wrap doc-table" role="region" aria-label="Actions de l’axe &lt;Jeunesse&gt;" tabindex="0"><table>/);
    expect(rowsOf(html)).toBe(26);
    expect(html).toContain('Action 25 &amp; co');
    expect(html).not.toContain('Action 26 &amp; co');
    expect(html).toContain('<p class="doc-more">25 premières lignes sur 120. <a href="/region/document/print#s-12">Voir le tableau complet</a></p>');
  });

  it('on screen, keeps a table of up to `above` rows whole, with no note', () => {
    const html = blockHtml(table(50), { screen: true, longTables });
    expect(rowsOf(html)).toBe(51);
    expect(html).not.toContain('doc-more');
  });

  it('on screen, names and captions charts, and starts headings at the level asked', () => {
    const bars: Block = { type: 'bars', caption: 'Budget', max: 10, items: [{ label: 'A', value: 10, display: '10 €' }] } as Block;
    expect(blockHtml(bars, { screen: true })).toMatch(/^<figure class="doc-chart" tabindex="0"><figcaption>Budget<\/figcaption><div><svg /);
    expect(blockHtml(bars)).toMatch(/^<figure><svg /);
    expect(blockHtml({ type: 'subheading', text: 'Axe 1' }, { screen: true, level: 4 })).toBe('<h4>Axe 1</h4>');
    expect(blockHtml({ type: 'empty', text: 'Rien' }, { screen: true })).toBe('<p class="doc-empty">Rien</p>');
    expect(blockHtml({ type: 'empty', text: 'Rien' })).toBe('<p class="empty">Rien</p>');
  });
});

describe('renderPrintHtml', () => {
  const written = (n: number): SectionSnapshot => ({
    id: `s${n}`,
    kind: 'written',
    title: `Chapitre ${n}`,
    assigneeName: null,
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Texte ${n}` }] }] },
    html: `<p>Texte ${n}</p>`,
    text: `Texte ${n}`,
  });
  const snapshot: DocumentSnapshot = {
    schemaVersion: 1,
    workspaceName: 'Val-d’Argence',
    takenAt: '2026-05-04T10:00:00.000Z',
    sections: Array.from({ length: 12 }, (_, i) => written(i + 1)),
  };

  it('numbers the contents in the text, so the tenth chapter reads "10." and not "0."', () => {
    const html = renderPrintHtml(snapshot, { locale: 'fr', generatedAt: new Date('2026-05-04T10:00:00Z') });
    const toc = html.match(/<nav class="toc"[\s\S]*?<\/nav>/)![0];
    expect(toc).toContain('<a href="#s-10"><span class="toc-n">10.</span> <span>Chapitre 10</span></a>');
    expect(toc).toContain('<span class="toc-n">12.</span> <span>Chapitre 12</span>');
    expect(html).toContain('.toc ol { list-style: none;');
  });
});
