import { escapeHtml } from '@/lib/strategy-document/rich-text';
import { blockHtml, CSS, printPage } from '@/lib/strategy-document/html';
import type { EvaluationExportMeta } from './docx';
import { evaluationView } from './render';
import type { EvaluationSnapshot } from './types';

// The evaluation's print view, which Chromium prints to PDF (lib/http/pdf-print.ts): the same
// strings as the page and the DOCX (./render.ts), with the strategy document's print blocks and style.

/** A self-contained HTML page of the evaluation in `meta.locale`. */
export function renderEvaluationHtml(snapshot: EvaluationSnapshot, meta: EvaluationExportMeta): string {
  const view = evaluationView(snapshot, meta.workspaceName, meta.locale);
  const written = snapshot.written
    .map((w, i) => {
      const id = `w-${w.chapter}`;
      const body = w.text.trim() ? blockHtml({ type: 'rich', html: w.html }) : `<p class="empty">${escapeHtml(view.data[0]?.empty ?? '')}</p>`;
      return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(view.written[i]!.title)}</h2>${body}</section>`;
    })
    .join('\n');
  const data = view.data
    .map((chapter) => {
      const id = `d-${chapter.key}`;
      const tables = chapter.tables
        .map((table) =>
          table.rows.length ? blockHtml({ type: 'table', ...table }) : `<p class="empty">${escapeHtml(table.caption)} — ${escapeHtml(chapter.empty)}</p>`,
        )
        .join('\n');
      const note = chapter.note ? `<p class="meta">${escapeHtml(chapter.note)}</p>` : '';
      return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(chapter.title)}</h2>${note}${tables}</section>`;
    })
    .join('\n');
  return printPage({
    locale: meta.locale,
    title: view.title,
    css: CSS,
    body: `<header><h1>${escapeHtml(view.title)}</h1><p class="meta">${escapeHtml(meta.stateLine)}</p>${meta.adoptionLine ? `<p class="adopted">${escapeHtml(meta.adoptionLine)}</p>` : ''}</header>
${written}
${data}`,
  });
}
