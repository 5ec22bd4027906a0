import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from '@/lib/strategy-document/rich-text';
import { blockHtml, printPage } from '@/lib/strategy-document/html';
import type { PublicStrategy } from './project';
import { publicView, type PublicSection } from './view';

// The public strategy as one self-contained HTML page (no script, no external resource), which
// Chromium prints to the public PDF. Built from the same sections as the public web page.

const CSS = `
:root { color: #1d1d1f; font-family: 'Marianne', 'DejaVu Sans', Arial, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 0.25rem; color: #8c1d18; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 2px solid #b3261e; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.meta { color: #555a60; margin: 0 0 0.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #c5c8cc; padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: #f1f1ef; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: #555a60; font-style: italic; border-left: 4px solid #c5c8cc; padding: 0.25rem 0.75rem; }
figure { margin: 0.75rem 0 1rem; }
.footer { margin-top: 2.5rem; color: #555a60; font-size: 0.85rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; }
  h2, h3, caption { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
}
`;

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
