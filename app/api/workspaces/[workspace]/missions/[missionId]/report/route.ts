import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { fileDownload, noStoreJson, pdfBusyResponse } from '@/lib/http/responses';
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
export const GET = workspaceRoute<{ workspace: string; missionId: string }>('missions.export', async ({ request, params, ctx, locale: userLocale, search }) => {
  const { missionId } = params;
  const lang = search.get('lang') ?? userLocale ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') return noStoreJson({ error: 'invalid' }, 400);
  const format = search.get('format') ?? 'docx';
  if (format !== 'docx' && format !== 'pdf') return noStoreJson({ error: 'invalid' }, 400);
  const locale = toLocale(lang);
  let detail;
  try {
    detail = getMissionDetail(db, ctx, missionId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return noStoreJson({ error: 'not_found' }, 404);
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
    return pdfBusyResponse(request, userLocale, error);
  }
  recordAudit(db, ctx, { action: 'mission.export', entityType: 'mission', entityId: missionId, changes: { format, lang, bytes: body.byteLength } });
  return fileDownload(new Uint8Array(body), CONTENT_TYPES[format], reportFileName(detail, locale, format));
});
