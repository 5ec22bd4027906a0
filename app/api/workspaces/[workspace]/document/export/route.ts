import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { fileDownload, noStoreJson, pdfBusyResponse } from '@/lib/http/responses';
import { recordAudit } from '@/lib/audit/queries';
import { AppError } from '@/lib/errors';
import { ExportQuery } from '@/lib/strategy-document/schemas';
import { withTranslations } from '@/lib/partnerships/document-translations';
import { CONTENT_TYPES, exportFileName, loadDocumentState, renderExport } from '@/lib/strategy-document/export';
import { databaseStamp, sharedFlight } from '@/lib/strategy-document/export-flight';
import { BrowserBusy } from '@/lib/http/browser-pool';

// Chromium and docx need Node, and every export reflects the data of its moment.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /api/workspaces/<slug>/document/export?format=docx|pdf&lang=fr|en[&version=<id>]: the current
 * document or a saved version as a file, in the chosen language. Same session and policy as the
 * pages (401 / 404 / 403); audited with its format, language and version.
 */
export const GET = workspaceRoute('document.export', async ({ request, slug, ctx, locale, search }) => {
  const parsed = ExportQuery.safeParse({
    format: search.get('format'),
    lang: search.get('lang') ?? locale ?? 'fr',
    version: search.get('version') || undefined,
  });
  if (!parsed.success) return noStoreJson({ error: 'invalid' }, 400);
  const { format, lang, version } = parsed.data;
  const started = Date.now();
  const timings: Record<string, number> = {};
  // The same file asked again by the same person while it is built, with no commit in between,
  // shares that build (a double click, a script): once per process, not once per request.
  const key = JSON.stringify([ctx.workspaceId, ctx.userId, version ?? null, lang, format, databaseStamp()]);
  const flight = sharedFlight(key, async () => {
    const state = loadDocumentState(db, ctx, version);
    const snapshot = withTranslations(db, ctx, state.snapshot, lang);
    timings.load = Date.now() - started;
    const file = await renderExport(format, snapshot, { locale: lang, versionName: state.versionName, adoption: state.adoption }, timings);
    return { file, name: exportFileName(slug, format, lang, state.snapshot) };
  });
  let body: Buffer;
  let name: string;
  try {
    ({ file: body, name } = await flight.result);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return Response.json({ error: 'not_found' }, { status: 404 });
    // Every PDF is printed by the process's one browser pool: when it is saturated, come back later.
    if (!(error instanceof BrowserBusy)) throw error;
    return pdfBusyResponse(request, locale, error);
  }
  recordAudit(db, ctx, {
    action: 'document.export',
    entityType: version ? 'document_version' : 'document',
    entityId: version ?? ctx.workspaceId,
    changes: { format, lang, bytes: body.byteLength, ms: Date.now() - started, ...(flight.joined ? { shared: true } : {}) },
  });
  return fileDownload(new Uint8Array(body), CONTENT_TYPES[format], name, {
    // The whole answer (`render`, as before) and its steps: reading the data, building the HTML, printing.
    'Server-Timing': [
      `render;dur=${Date.now() - started}`,
      ...(flight.joined ? ['shared'] : Object.entries(timings).map(([step, ms]) => `${step};dur=${Math.round(ms)}`)),
    ].join(', '),
  });
});
