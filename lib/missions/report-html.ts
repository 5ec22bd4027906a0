import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from '@/lib/strategy-document/rich-text';
import { translatorFor } from '@/lib/strategy-document/render';
import { printPage } from '@/lib/strategy-document/html';
import type { MissionDetail } from './queries';
import type { getDebriefDetail } from './debrief';
import { missionReportBlocks, type ReportBlock } from './report-blocks';
import { formatMoment } from '@/lib/format/dates';

// The mission report as one self-contained HTML page (no script, no external resource), in the
// strategy document's print style: Chromium prints it to PDF from `page.setContent`
// (lib/http/pdf-print.ts), without a network.

const CSS = `
:root { color: #1d1d1f; font-family: 'Marianne', 'DejaVu Sans', Arial, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 0.5rem; color: #8c1d18; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 2px solid #b3261e; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.92rem; }
th, td { border: 1px solid #c5c8cc; padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: #f1f1ef; }
.footer { margin-top: 2.5rem; color: #555a60; font-size: 0.85rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  table, tr { break-inside: avoid; }
}
`;

// The report's "h1" (the debrief) sits under the page's one <h1> (the title): every level moves down one.
const TAGS = { title: 'h1', h1: 'h2', h2: 'h3', h3: 'h4', p: 'p' } as const;

function blocksHtml(blocks: ReportBlock[]): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul>${items.join('')}</ul>`);
    items = [];
  };
  for (const block of blocks) {
    if (block.type === 'li') {
      items.push(`<li>${escapeHtml(block.text)}</li>`);
      continue;
    }
    flush();
    if (block.type === 'table') {
      const head = block.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const rows = block.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
      out.push(`<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
    } else out.push(`<${TAGS[block.type]}>${escapeHtml(block.text)}</${TAGS[block.type]}>`);
  }
  flush();
  return out.join('\n');
}

/** The mission report as a printable HTML page in `locale`. */
export function renderMissionReportHtml(detail: MissionDetail, debrief: ReturnType<typeof getDebriefDetail>, locale: Locale, generatedAt = new Date()): string {
  const t = translatorFor(locale);
  const generated = formatMoment(locale, generatedAt, 'long');
  return printPage({
    locale,
    title: detail.mission.title,
    css: CSS,
    body: `${blocksHtml(missionReportBlocks(detail, debrief, locale))}
<p class="footer">${escapeHtml(t('document.print.generated', { date: generated }))}</p>`,
  });
}
