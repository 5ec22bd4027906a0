import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { recordAudit } from '@/lib/audit/queries';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { getMissionDetail } from '@/lib/missions/queries';
import { getDebriefDetail } from '@/lib/missions/debrief';
import { flushLiveDocuments } from '@/lib/collab/persistence';
import { renderMissionReport, reportFileName } from '@/lib/missions/report';
import { renderMissionReportHtml } from '@/lib/missions/report-html';
import { printPdf } from '@/lib/http/pdf-print';
import { BrowserBusy } from '@/lib/http/browser-pool';
import { operationsMessage, requestLocale } from '@/lib/http/operations-messages';
import { translatorFor } from '@/lib/strategy-document/render';

// docx needs Node, and every report reflects the data of its moment.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const CONTENT_TYPES = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' } as const;

/**
 * GET /api/workspaces/<slug>/missions/<id>/report?lang=fr|en&format=docx|pdf: the mission report as
 * DOCX (the default) or PDF (its printable page printed by the installation's one browser). Same
 * session and policy as the pages (401 / 404 / 403); a partner only for their partnership's
 * missions (404 otherwise); audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string; missionId: string }> }) {
  const { workspace: slug, missionId } = await params;
  const access = await guardRoute(slug, 'missions.export');
  if (!access.ok) return access.response;
  const { ctx } = access;
  const lang = new URL(request.url).searchParams.get('lang') ?? access.locale ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') return Response.json({ error: 'invalid' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const format = new URL(request.url).searchParams.get('format') ?? 'docx';
  if (format !== 'docx' && format !== 'pdf') return Response.json({ error: 'invalid' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const locale = toLocale(lang);
  let detail;
  try {
    detail = getMissionDetail(db, ctx, missionId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found')
      return Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
    throw error;
  }
  // The debrief's free text is live: in a worker, the collaboration owner stores it first.
  await flushLiveDocuments();
  const debrief = getDebriefDetail(db, ctx, missionId);
  let body: Buffer;
  try {
    body =
      format === 'pdf'
        ? await printPdf({ html: renderMissionReportHtml(detail, debrief, locale), footer: { page: translatorFor(locale)('document.print.page') } })
        : await renderMissionReport(detail, debrief, locale);
  } catch (error) {
    // Every PDF is printed by the installation's one browser pool: when it is saturated, come back later.
    if (!(error instanceof BrowserBusy)) throw error;
    return new Response(operationsMessage(requestLocale(request.headers, access.locale), 'pdfBusy', { seconds: error.retryAfterSeconds }), {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(error.retryAfterSeconds), 'Cache-Control': 'no-store' },
    });
  }
  recordAudit(db, ctx, { action: 'mission.export', entityType: 'mission', entityId: missionId, changes: { format, lang, bytes: body.byteLength } });
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${reportFileName(detail, locale, format)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
