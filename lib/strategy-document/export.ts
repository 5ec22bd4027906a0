import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { currentSnapshot, getVersion } from './queries';
import { documentView, translatorFor, type Block } from './render';
import { renderPrintHtml } from './html';
import { renderDocx } from './docx';
import { htmlToPdf, rasterizeCharts } from './chromium';
import type { AdoptionMark, DocumentSnapshot } from './types';
import { getAdoptionOfVersion } from '@/lib/review/queries';

/** The current document, or a saved version of the caller's workspace (NotFound otherwise). */
export function loadDocumentState(
  tx: Tx,
  ctx: MemberContext,
  versionId?: string,
): { snapshot: DocumentSnapshot; versionName: string | null; adoption: AdoptionMark | null } {
  if (!versionId) return { snapshot: currentSnapshot(tx, ctx), versionName: null, adoption: null };
  const version = getVersion(tx, ctx, versionId);
  const adoption = getAdoptionOfVersion(tx, ctx.workspaceId, version.id);
  return {
    snapshot: version.snapshot,
    versionName: version.name,
    adoption: adoption ? { adoptedOn: adoption.adoptedOn, body: adoption.body, reference: adoption.reference } : null,
  };
}

/** `strategie-val-d-argence-2026-05-04.pdf`, `strategy-…` in English. */
export function exportFileName(slug: string, format: 'docx' | 'pdf', locale: Locale, snapshot: DocumentSnapshot) {
  const stem = locale === 'fr' ? 'strategie' : 'strategy';
  return `${stem}-${slug}-${snapshot.takenAt.slice(0, 10)}.${format}`;
}

export const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** Renders the document as a DOCX (charts drawn to PNG by resvg, in-process) or a PDF (printed by Chromium). */
export async function renderExport(
  format: 'docx' | 'pdf',
  snapshot: DocumentSnapshot,
  options: { locale: Locale; versionName: string | null; adoption?: AdoptionMark | null },
  /** Filled with the milliseconds of each step (`html`, then `print`), for the route's Server-Timing. */
  timings: Record<string, number> = {},
) {
  const generatedAt = new Date();
  if (format === 'pdf') {
    let started = performance.now();
    const html = renderPrintHtml(snapshot, { ...options, generatedAt });
    timings.html = performance.now() - started;
    started = performance.now();
    const pdf = await htmlToPdf(html, { page: translatorFor(options.locale)('document.print.page') });
    timings.print = performance.now() - started;
    return pdf;
  }
  const charts = documentView(snapshot, options.locale)
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is Extract<Block, { type: 'bars' }> => b.type === 'bars');
  return renderDocx(snapshot, { ...options, generatedAt, charts: await rasterizeCharts(charts) });
}
