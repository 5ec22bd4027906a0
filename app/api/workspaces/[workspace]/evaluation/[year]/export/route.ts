import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { fileDownload, noStoreJson, pdfBusyResponse } from '@/lib/http/responses';
import { recordAudit } from '@/lib/audit/queries';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { ExportQuery } from '@/lib/strategy-document/schemas';
import { EvaluationYear } from '@/lib/evaluation/schemas';
import { EVALUATION_CONTENT_TYPES, evaluationFileName, loadEvaluationExport, renderEvaluationExport } from '@/lib/evaluation/export';
import { BrowserBusy } from '@/lib/http/browser-pool';

// Chromium and docx need Node, and every export reflects the data of its moment.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /api/workspaces/<slug>/evaluation/<year>/export?format=docx|pdf&lang=fr|en[&version=<id>]:
 * the year's evaluation (live, or a frozen version) as a file in the chosen language. Same session
 * and policy as the pages (401 / 404 / 403); audited with its format, language and version.
 */
export const GET = workspaceRoute<{ workspace: string; year: string }>(
  'evaluation.read',
  async ({ request, params, slug, ctx, locale: userLocale, search }) => {
    const year = EvaluationYear.safeParse(params.year);
    const parsed = ExportQuery.safeParse({
      format: search.get('format'),
      lang: search.get('lang') ?? userLocale ?? 'fr',
      version: search.get('version') || undefined,
    });
    if (!parsed.success || !year.success) return noStoreJson({ error: 'invalid' }, 400);
    const { format, lang, version } = parsed.data;
    const locale = toLocale(lang);
    let body: Buffer;
    try {
      const { snapshot, meta } = loadEvaluationExport(db, ctx, year.data, version, locale);
      body = await renderEvaluationExport(format, snapshot, meta);
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return noStoreJson({ error: 'not_found' }, 404);
      if (!(error instanceof BrowserBusy)) throw error;
      return pdfBusyResponse(request, userLocale, error);
    }
    recordAudit(db, ctx, {
      action: 'evaluation.export',
      entityType: 'evaluation',
      entityId: String(year.data),
      changes: { format, lang, version: version ?? null, bytes: body.byteLength },
    });
    return fileDownload(new Uint8Array(body), EVALUATION_CONTENT_TYPES[format], evaluationFileName(slug, year.data, format, locale));
  },
);
