import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { recordAudit } from '@/lib/audit/queries';
import { toLocale } from '@/lib/i18n/config';
import { loadDeclarationDocument } from '@/lib/declaration/queries';
import { declarationFileName, declarationToXlsx } from '@/lib/declaration/export';
import { parseDeclarationYear } from '@/lib/declaration/year';

// exceljs needs Node, and every export reflects the data of its moment.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET /api/workspaces/<slug>/declaration/export?year=2025&lang=fr|en: the declaration of a year as
 * XLSX (the frozen version in force, else the live draft). Same session and policy as the page; audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const access = await guardRoute(slug, 'declaration.read');
  if (!access.ok) return access.response;
  const search = new URL(request.url).searchParams;
  const year = parseDeclarationYear(search.get('year'));
  const lang = search.get('lang') ?? access.locale ?? 'fr';
  if (year === null || (lang !== 'fr' && lang !== 'en')) return Response.json({ error: 'invalid' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const locale = toLocale(lang);
  const doc = loadDeclarationDocument(db, access.ctx, year);
  const body = await declarationToXlsx(doc, locale);
  recordAudit(db, access.ctx, {
    action: 'declaration.export',
    entityType: 'aid_declaration',
    entityId: null,
    changes: { year, version: doc.frozen?.version ?? null, format: 'xlsx', lang, bytes: body.byteLength },
  });
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${declarationFileName(doc, locale)}"`, 'Cache-Control': 'no-store' },
  });
}
