import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { recordAudit } from '@/lib/audit/queries';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { ExportQuery } from '@/lib/strategy-document/schemas';
import { EvaluationYear } from '@/lib/evaluation/schemas';
import { EVALUATION_CONTENT_TYPES, evaluationFileName, loadEvaluationExport, renderEvaluationExport } from '@/lib/evaluation/export';
import { BrowserBusy } from '@/lib/http/browser-pool';
import { operationsMessage, requestLocale } from '@/lib/http/operations-messages';

// Chromium and docx need Node, and every export reflects the data of its moment.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * GET /api/workspaces/<slug>/evaluation/<year>/export?format=docx|pdf&lang=fr|en[&version=<id>]:
 * the year's evaluation (live, or a frozen version) as a file in the chosen language. Same session
 * and policy as the pages (401 / 404 / 403); audited with its format, language and version.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string; year: string }> }) {
  const { workspace: slug, year: rawYear } = await params;
  const access = await guardRoute(slug, 'evaluation.read');
  if (!access.ok) return access.response;
  const { ctx } = access;
  const search = new URL(request.url).searchParams;
  const year = EvaluationYear.safeParse(rawYear);
  const parsed = ExportQuery.safeParse({
    format: search.get('format'),
    lang: search.get('lang') ?? access.locale ?? 'fr',
    version: search.get('version') || undefined,
  });
  if (!parsed.success || !year.success) return Response.json({ error: 'invalid' }, { status: 400, headers: NO_STORE });
  const { format, lang, version } = parsed.data;
  const locale = toLocale(lang);
  let body: Buffer;
  try {
    const { snapshot, meta } = loadEvaluationExport(db, ctx, year.data, version, locale);
    body = await renderEvaluationExport(format, snapshot, meta);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return Response.json({ error: 'not_found' }, { status: 404, headers: NO_STORE });
    if (!(error instanceof BrowserBusy)) throw error;
    return new Response(operationsMessage(requestLocale(request.headers, access.locale), 'pdfBusy', { seconds: error.retryAfterSeconds }), {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(error.retryAfterSeconds), ...NO_STORE },
    });
  }
  recordAudit(db, ctx, {
    action: 'evaluation.export',
    entityType: 'evaluation',
    entityId: String(year.data),
    changes: { format, lang, version: version ?? null, bytes: body.byteLength },
  });
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': EVALUATION_CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${evaluationFileName(slug, year.data, format, locale)}"`,
      ...NO_STORE,
    },
  });
}
