import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from './rich-text';
import { adoptionLine, documentExport, type Block } from './render';
import type { AdoptionMark, DocumentSnapshot } from './types';

// The printable document as one self-contained HTML page (no script, no external resource): the
// print view serves it and Chromium prints it to PDF from `page.setContent`, without a network.

export const CSS = `
:root { color: #1d1d1f; font-family: 'Marianne', 'DejaVu Sans', Arial, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 0.25rem; color: #8c1d18; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 2px solid #b3261e; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.4rem; }
.meta { color: #555a60; margin: 0 0 1.5rem; }
.adopted { margin: -0.75rem 0 1.5rem; padding: 0.5rem 0.75rem; border-left: 4px solid #1f6f43; background: #eef6f0; font-weight: 700; }
.toc ol { list-style: none; padding-left: 0; }
.toc a { color: #1d1d1f; }
.toc-n { display: inline-block; min-width: 2.25rem; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #c5c8cc; padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: #f1f1ef; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: #555a60; font-style: italic; border-left: 4px solid #c5c8cc; padding: 0.25rem 0.75rem; }
figure { margin: 0.75rem 0 1rem; }
figcaption { font-weight: 700; margin-bottom: 0.35rem; }
blockquote { border-left: 4px solid #c5c8cc; margin: 0.5rem 0; padding: 0 0.9rem; color: #3b3f44; }
.footer { margin-top: 2.5rem; color: #555a60; font-size: 0.85rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; }
  .no-print { display: none; }
  h2 { break-before: page; break-after: avoid; }
  .toc + section h2 { break-before: auto; }
  h3, h4, caption, figcaption { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A horizontal bar chart drawn as SVG, named for assistive technologies (the table beside it holds the same figures). */
export function barsSvg(block: Extract<Block, { type: 'bars' }>): string {
  const row = 26;
  const labelWidth = 220;
  const barWidth = 300;
  const width = labelWidth + barWidth + 90;
  const height = block.items.length * row + 8;
  const bars = block.items
    .map((item, i) => {
      const y = i * row + 4;
      const w = block.max > 0 ? Math.max(2, Math.round((item.value / block.max) * barWidth)) : 2;
      return (
        `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" font-size="12" fill="#1d1d1f">${escapeHtml(item.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}" fill="#b3261e" rx="2"></rect>` +
        `<text x="${labelWidth + w + 6}" y="${y + 16}" font-size="12" fill="#1d1d1f">${escapeHtml(item.display)}</text>`
      );
    })
    .join('');
  const summary = block.items.map((i) => `${i.label} ${i.display}`).join(', ');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(`${block.caption}: ${summary}`)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif"><title>${escapeHtml(block.caption)}</title>${bars}</svg>`;
}

/**
 * How a block is written: for the printed page (print view, PDF, public page), or `screen` for the
 * app's pages, where wide tables and charts scroll sideways in focusable regions (components/strategy-document/section-blocks.tsx).
 */
export type BlockHtmlOptions = { screen?: boolean; level?: 3 | 4; longTables?: LongTables };

/**
 * On screen, a table of more than `above` rows shows its first `shown` and a note linking to
 * where the whole table is (the printable document): the large workspace's action plan lists
 * hundreds of actions per axis, which the working page need not carry on every visit.
 */
export type LongTables = { above: number; shown: number; href: string; note: (shown: number, total: number) => string; link: string };

/** One block of a section as HTML: the print view, the PDF, the public page and the app's pages share it. */
export function blockHtml(block: Block, options: BlockHtmlOptions = {}): string {
  const { screen = false, level = 3, longTables } = options;
  switch (block.type) {
    case 'rich': {
      // Text in another language than the page's says so, for screen readers and hyphenation.
      const lang = block.lang ? ` lang="${escapeHtml(block.lang)}"` : '';
      if (screen) return `<div class="rich-text"${lang}>${block.html}</div>`;
      return lang ? `<div${lang}>${block.html}</div>` : block.html;
    }
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'subheading':
      return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'empty':
      return `<p class="${screen ? 'doc-empty' : 'empty'}">${escapeHtml(block.text)}</p>`;
    case 'bars':
      // On screen a chart wider than the column scrolls, and must scroll from the keyboard too.
      return screen
        ? `<figure class="doc-chart" tabindex="0"><figcaption>${escapeHtml(block.caption)}</figcaption><div>${barsSvg(block)}</div></figure>`
        : `<figure>${barsSvg(block)}</figure>`;
    case 'table': {
      const cut = screen && longTables && block.rows.length > longTables.above ? longTables : null;
      const rows = cut ? block.rows.slice(0, cut.shown) : block.rows;
      const table =
        `<table><caption>${escapeHtml(block.caption)}</caption><thead><tr>` +
        block.head.map((h, i) => `<th scope="col"${block.numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('') +
        '</tr></thead><tbody>' +
        rows
          .map(
            (r) =>
              `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td${block.numeric[i] ? ' class="num"' : ''}>${escapeHtml(c)}</td>`)).join('')}</tr>`,
          )
          .join('') +
        '</tbody></table>';
      // On screen a wide table (the competencies matrix) scrolls sideways: a named, focusable region.
      if (!screen) return table;
      const region = `<div class="table-wrap doc-table" role="region" aria-label="${escapeHtml(block.caption)}" tabindex="0">${table}</div>`;
      return cut
        ? `${region}<p class="doc-more">${escapeHtml(cut.note(rows.length, block.rows.length))} <a href="${escapeHtml(cut.href)}">${escapeHtml(cut.link)}</a></p>`
        : region;
    }
  }
}

export type PrintMeta = { locale: Locale; versionName?: string | null; generatedAt: Date; backHref?: string; adoption?: AdoptionMark | null };

/** The whole document as a printable HTML page in a language: title, contents, sections. */
export function renderPrintHtml(snapshot: DocumentSnapshot, meta: PrintMeta): string {
  const { locale } = meta;
  const { t, view, date, state } = documentExport(snapshot, meta);
  // The numbers are written, not list markers: Chromium's PDF cut the marker "10." to "0." in the margin.
  const lang = (s: { titleLang?: string }) => (s.titleLang ? ` lang="${escapeHtml(s.titleLang)}"` : '');
  const toc = view.sections
    .map((s, i) => `<li><a href="#s-${i + 1}"><span class="toc-n">${i + 1}.</span> <span${lang(s)}>${escapeHtml(s.title)}</span></a></li>`)
    .join('');
  const sections = view.sections
    .map(
      (s, i) =>
        `<section aria-labelledby="s-${i + 1}"><h2 id="s-${i + 1}"${lang(s)}>${escapeHtml(s.title)}</h2>${s.blocks.map((b) => blockHtml(b)).join('\n')}</section>`,
    )
    .join('\n');
  const body = `${meta.backHref ? `<p class="no-print"><a href="${escapeHtml(meta.backHref)}">${escapeHtml(t('document.print.back'))}</a></p>` : ''}
<header><h1>${escapeHtml(view.title)}</h1><p class="meta">${escapeHtml(state)}</p>${meta.adoption ? `<p class="adopted">${escapeHtml(adoptionLine(meta.adoption, locale))}</p>` : ''}</header>
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(t('document.print.contents'))}</h2><ol>${toc}</ol></nav>
${sections}
<p class="footer">${escapeHtml(t('document.print.generated', { date: date(meta.generatedAt) }))}</p>`;
  return printPage({ locale, title: view.title, css: CSS, body });
}

/**
 * A self-contained printable HTML page (no script, no external resource): the shell the document
 * and the public strategy are printed in, around their own `body` and style sheet.
 */
export function printPage(page: { locale: Locale; title: string; css: string; body: string }): string {
  return `<!doctype html>
<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${page.css}</style>
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>`;
}
