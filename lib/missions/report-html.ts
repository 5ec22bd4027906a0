import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from '@/lib/strategy-document/rich-text';
import { translatorFor } from '@/lib/strategy-document/render';
import { printPage } from '@/lib/strategy-document/html';
import type { MissionDetail } from './queries';
import type { getDebriefDetail } from './debrief';
import { missionReportBlocks, type ReportBlock } from './report-blocks';
import { formatMoment } from '@/lib/format/dates';
import { printStyleSheet } from '@/lib/print-style-sheet';

// The mission report as one self-contained HTML page (no script, no external resource), in the
// printed pages' shared style (lib/print-style-sheet.ts, the strategy document's): Chromium prints it to PDF from `page.setContent`
// (lib/http/pdf-print.ts), without a network.

const CSS = printStyleSheet(
  `
h1 { margin: 0 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.4rem; }`,
  `h2, h3, h4 { break-after: avoid; }
  table, tr { break-inside: avoid; }`,
);

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
