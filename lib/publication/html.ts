import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from '@/lib/strategy-document/rich-text';
import { blockHtml, printPage } from '@/lib/strategy-document/html';
import type { PublicStrategy } from './project';
import { publicView, type PublicSection } from './view';
import { printStyleSheet } from '@/lib/print-style-sheet';

// The public strategy as one self-contained HTML page (no script, no external resource), which
// Chromium prints to the public PDF. Built from the same sections as the public web page.

const CSS = printStyleSheet(
  `
h1 { margin: 0 0 0.25rem; }
.meta { color: #555a60; margin: 0 0 0.5rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: #555a60; font-style: italic; border-left: 4px solid #c5c8cc; padding: 0.25rem 0.75rem; }
figure { margin: 0.75rem 0 1rem; }`,
  `h2, h3, caption { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }`,
);

function sectionHtml(s: PublicSection) {
  return `<section aria-labelledby="s-${s.id}"><h2 id="s-${s.id}">${escapeHtml(s.title)}</h2>${s.blocks.map((b) => blockHtml(b)).join('\n')}</section>`;
}

/** The public strategy as a printable HTML page in a language. */
export function renderPublicHtml(ps: PublicStrategy, locale: Locale): string {
  const view = publicView(ps, locale);
  const figures = view.figures.length
    ? `<section aria-labelledby="s-figures"><h2 id="s-figures">${escapeHtml(view.figuresTitle)}</h2><p class="meta">${escapeHtml(view.figuresIntro)}</p>${view.figures
        .map((f) => `<h3>${escapeHtml(f.title)}</h3>${f.blocks.map((b) => blockHtml(b)).join('\n')}`)
        .join('\n')}</section>`
    : '';
  const body = `<header><h1>${escapeHtml(view.title)}</h1><p class="meta">${escapeHtml(view.adoption)}</p><p class="meta">${escapeHtml(view.published)}</p></header>
${view.sections.map(sectionHtml).join('\n')}
${figures}`;
  return printPage({ locale, title: view.title, css: CSS, body });
}
