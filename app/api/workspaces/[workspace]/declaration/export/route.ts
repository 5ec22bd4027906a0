import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { fileDownload, noStoreJson } from '@/lib/http/responses';
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
export const GET = workspaceRoute('declaration.read', async ({ ctx, locale: userLocale, search }) => {
  const year = parseDeclarationYear(search.get('year'));
  const lang = search.get('lang') ?? userLocale ?? 'fr';
  if (year === null || (lang !== 'fr' && lang !== 'en')) return noStoreJson({ error: 'invalid' }, 400);
  const locale = toLocale(lang);
  const doc = loadDeclarationDocument(db, ctx, year);
  const body = await declarationToXlsx(doc, locale);
  recordAudit(db, ctx, {
    action: 'declaration.export',
    entityType: 'aid_declaration',
    entityId: null,
    changes: { year, version: doc.frozen?.version ?? null, format: 'xlsx', lang, bytes: body.byteLength },
  });
  return fileDownload(new Uint8Array(body), XLSX, declarationFileName(doc, locale));
});
